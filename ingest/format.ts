/**
 * Which reader a file needs, from its first bytes (magic numbers), not from its name: an e-office system often
 * names a PDF "vanban.doc", and a DOCX is a ZIP whose name may have lost its extension. The name only settles
 * what the bytes leave open (plain text against HTML) and words the errors.
 */
import { IngestError } from './IngestError';

export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'png' | 'jpeg' | 'tiff' | 'text' | 'html';

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** The bytes of "word/document.xml" appear uncompressed in a ZIP's local and central headers. */
function isWordZip(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

/** An OLE2 compound file: Word 97–2003 (.doc), but also .xls and .ppt, which carry their own stream names. */
function oleKind(bytes: Uint8Array): 'doc' | 'other' {
  const asUtf16 = Buffer.from('WordDocument', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(asUtf16) ? 'doc' : 'other';
}

function looksLikeHtml(bytes: Uint8Array, fileName: string): boolean {
  if (/\.html?$/i.test(fileName)) return true;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    if (isWordZip(bytes)) return 'docx';
    throw new IngestError('unsupported', `Tệp "${fileName}" là tệp nén ZIP (có thể là XLSX, ODT hoặc thư mục nén), không phải văn bản Word (.docx): hãy lưu văn bản dưới dạng DOCX hoặc PDF.`);
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (oleKind(bytes) === 'doc') return 'doc';
    throw new IngestError('unsupported', `Tệp "${fileName}" là tệp Office cũ nhưng không phải Word (.doc) — có thể là Excel (.xls) hoặc PowerPoint (.ppt).`);
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) {
    throw new IngestError('unsupported', `Tệp "${fileName}" là RTF: hãy mở bằng Word và lưu thành DOCX hoặc PDF.`);
  }
  return looksLikeHtml(bytes, fileName) ? 'html' : 'text';
}
