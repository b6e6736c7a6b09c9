/**
 * ingest/: the text of a directive as the clerk receives it — a signed PDF, a scan, a photo, a DOCX, a DOC or text —
 * for directives/ to read. `extractDocument` finds the format from the bytes, runs its reader, and repairs the
 * encodings older provincial files still use. Everything here does I/O (child processes, temporary files); the
 * reader stays pure.
 */
import { extractDoc } from './doc';
import { extractDocx } from './docx';
import { detectFormat } from './format';
import { extractImage } from './image';
import { IngestError } from './IngestError';
import { repairEncoding } from './legacy-encoding';
import { extractPdf } from './pdf';
import { extractText } from './text';
import { ExtractOptionsSchema, type ExtractedDocument, type ExtractOptions } from './types';

export { IngestError, isIngestError, type IngestErrorCode } from './IngestError';
export type { ExtractedDocument, ExtractOptions, IngestWarning, PageProgress } from './types';
export { detectFormat, type DocumentFormat } from './format';
export { sourceOf, withSource } from './spec-source';

async function extractByFormat(bytes: Uint8Array, options: ReturnType<typeof ExtractOptionsSchema.parse>): Promise<ExtractedDocument> {
  const format = detectFormat(bytes, options.fileName);
  switch (format) {
    case 'pdf':
      return extractPdf(bytes, options.fileName, options.onPage);
    case 'docx':
      return extractDocx(bytes, options.fileName);
    case 'doc':
      return extractDoc(bytes, options.fileName);
    case 'png':
    case 'jpeg':
    case 'tiff':
      return extractImage(bytes, format, options.onPage);
    case 'text':
    case 'html':
      return extractText(bytes, options.fileName, format);
  }
}

export async function extractDocument(bytes: Uint8Array, rawOptions: ExtractOptions): Promise<ExtractedDocument> {
  const options = ExtractOptionsSchema.parse(rawOptions);
  if (bytes.byteLength === 0) throw new IngestError('empty', `Tệp "${options.fileName}" rỗng.`);
  if (bytes.byteLength > options.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new IngestError('too-large', `Tệp "${options.fileName}" lớn ${mb(bytes.byteLength)}, quá giới hạn ${mb(options.maxBytes)}.`);
  }
  const extracted = await extractByFormat(bytes, options);
  const repaired = repairEncoding(extracted.text);
  const document: ExtractedDocument = repaired.conversion
    ? {
        ...extracted,
        text: repaired.text,
        conversions: [...extracted.conversions, repaired.conversion],
        warnings: [...extracted.warnings, { code: 'legacy-encoding', message: `Văn bản dùng bảng mã cũ, đã chuyển: ${repaired.conversion}; cần kiểm tra lại chữ có dấu.` }],
      }
    : extracted;
  if (!document.text.trim()) {
    throw new IngestError('empty', `Không tìm thấy chữ nào trong tệp "${options.fileName}"${document.pages ? ` (${document.pages} trang)` : ''}.`);
  }
  return document;
}
