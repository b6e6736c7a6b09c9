/**
 * A file that is text already (pasted, saved from a portal, an HTML page): UTF-8, or UTF-16 with its byte-order mark
 * (Notepad's "Unicode"). Bytes that are neither, or NUL bytes in what claims to be text, are refused with the reason.
 */
import { IngestError } from './IngestError';
import type { DocumentFormat } from './format';
import type { ExtractedDocument } from './types';

function decode(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString('utf16le');
  return new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
}

export function extractText(bytes: Uint8Array, fileName: string, format: Extract<DocumentFormat, 'text' | 'html'>): ExtractedDocument {
  const text = decode(bytes);
  if (text.includes('\u0000')) throw new IngestError('unsupported', `Tệp "${fileName}" không phải văn bản (có byte NUL) và không phải PDF, DOCX, DOC hay ảnh.`);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced > text.length / 100) {
    throw new IngestError('unsupported', `Tệp "${fileName}" không phải văn bản UTF-8 (${replaced} byte không đọc được): hãy lưu lại với bảng mã Unicode (UTF-8).`);
  }
  return { text: text.normalize('NFC'), format, pages: null, conversions: [], warnings: [], signedAt: null };
}
