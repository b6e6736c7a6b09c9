/**
 * The register page's form: a pasted text, or a file as the clerk received it (signed PDF, scan, DOCX, DOC, photo)
 * read by ingest/. The form is multipart so that both arrive in one post; a file wins over the textarea.
 */
import type { FastifyRequest } from 'fastify';
import { extractDocument, type ExtractedDocument } from '../../ingest';
import type { Form } from './spec-form';

export interface SubmittedDocument {
  text: string;
  file: { doc: ExtractedDocument; fileName: string } | null;
}

async function multipartOf(request: FastifyRequest): Promise<{ text: string; bytes: Buffer | null; fileName: string }> {
  let text = '';
  let bytes: Buffer | null = null;
  let fileName = 'tệp tải lên';
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      if (part.fieldname === 'file' && content.length > 0) [bytes, fileName] = [content, part.filename || fileName];
    } else if (part.fieldname === 'text') text = String(part.value);
  }
  return { text, bytes, fileName };
}

export async function submittedDocument(request: FastifyRequest): Promise<SubmittedDocument> {
  if (!request.isMultipart()) return { text: String((request.body as Form | undefined)?.text ?? '').replace(/\r\n/g, '\n'), file: null };
  const { text, bytes, fileName } = await multipartOf(request);
  if (!bytes) return { text: text.replace(/\r\n/g, '\n'), file: null };
  const doc = await extractDocument(bytes, { fileName });
  return { text: doc.text, file: { doc, fileName } };
}
