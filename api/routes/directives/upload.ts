/**
 * `POST /api/directives/parse` as multipart/form-data: a `file` part (the PDF, scan, DOCX or DOC as received) and an
 * optional `issuedOn` field. The file is read by ingest/ before validation, so the route's JSON body schema
 * (`{ text, issuedOn }`) checks the extracted text like a pasted one; the file's source and warnings go into the
 * spec. A refusal names `body.file` and says why in Vietnamese.
 */
import type { FastifyRequest } from 'fastify';
import type { DirectiveSpec } from '../../../directives/spec';
import { extractDocument, isIngestError, withSource, type ExtractedDocument, type IngestErrorCode } from '../../../ingest';
import { ApiError } from '../../errors';

const STATUS: Record<IngestErrorCode, number> = {
  unsupported: 415,
  'too-large': 413,
  encrypted: 422,
  corrupt: 422,
  empty: 422,
  timeout: 422,
  'tool-missing': 503,
};

interface Upload {
  doc: ExtractedDocument;
  fileName: string;
}

const uploads = new WeakMap<FastifyRequest, Upload>();

function refused(code: string, status: number, vi: string, en: string): ApiError {
  return new ApiError(status, code, 'body.file', vi, en);
}

async function partsOf(request: FastifyRequest): Promise<{ bytes: Buffer; fileName: string; issuedOn?: string }> {
  let file: { bytes: Buffer; fileName: string } | null = null;
  let issuedOn: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file' && part.fieldname === 'file') file = { bytes: await part.toBuffer(), fileName: part.filename || 'tệp tải lên' };
    else if (part.type === 'file') await part.toBuffer(); // drained, not read
    else if (part.fieldname === 'issuedOn') issuedOn = String(part.value);
  }
  if (!file) throw refused('file-missing', 400, 'Thiếu phần "file" (tệp văn bản) trong biểu mẫu tải lên', 'The multipart body has no "file" part');
  return { ...file, issuedOn };
}

/** preValidation: a multipart request's file becomes the body `{ text, issuedOn }` the route validates. */
export async function readUpload(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  let parts;
  try {
    parts = await partsOf(request);
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw refused('too-large', 413, 'Tệp tải lên quá giới hạn dung lượng của máy chủ', 'The uploaded file is over the size limit');
    }
    throw err;
  }
  try {
    const doc = await extractDocument(parts.bytes, { fileName: parts.fileName });
    uploads.set(request, { doc, fileName: parts.fileName });
    request.body = { text: doc.text, ...(parts.issuedOn ? { issuedOn: parts.issuedOn } : doc.signedAt ? { issuedOn: doc.signedAt } : {}) };
  } catch (err) {
    if (!isIngestError(err)) throw err;
    throw refused(err.code, STATUS[err.code], err.message, `The file could not be read (${err.code})`);
  }
}

/** The spec with the uploaded file's source and warnings, when the request was an upload. */
export function withUploadSource(request: FastifyRequest, spec: DirectiveSpec): DirectiveSpec {
  const upload = uploads.get(request);
  return upload ? withSource(spec, upload.doc, upload.fileName) : spec;
}
