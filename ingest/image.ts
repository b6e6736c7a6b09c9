/** A scan or a photo (PNG, JPEG, TIFF): OCR of the picture itself, one page. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOW_CONFIDENCE } from './pdf';
import { ocrImage } from './ocr';
import { reflow } from './reflow';
import type { DocumentFormat } from './format';
import type { ExtractedDocument, IngestWarning, PageProgress } from './types';
import { withWorkdir } from './workdir';

export async function extractImage(bytes: Uint8Array, format: Extract<DocumentFormat, 'png' | 'jpeg' | 'tiff'>, onPage?: (p: PageProgress) => void): Promise<ExtractedDocument> {
  return withWorkdir(async (dir) => {
    const file = path.join(dir, `input.${format}`);
    await writeFile(file, bytes);
    onPage?.({ stage: 'ocr', page: 1, pages: 1 });
    const ocr = await ocrImage(file, 1);
    const warnings: IngestWarning[] = [];
    if (ocr.confidence < LOW_CONFIDENCE) {
      warnings.push({ code: 'low-confidence', page: 1, message: `Ảnh: chữ nhận dạng có độ tin cậy thấp (${Math.round(ocr.confidence)}%), cần kiểm tra lại số, ngày và tên cơ quan.` });
    }
    return { text: reflow(ocr.text.normalize('NFC')), format, pages: 1, conversions: ['OCR tiếng Việt (Tesseract)'], warnings, signedAt: null };
  });
}
