/**
 * Optical character recognition of one page image with Tesseract 5 and Debian's Vietnamese trained data
 * (tesseract-ocr-vie: installed from the registry, nothing fetched at run time). One run writes both the text
 * (Tesseract's own paragraphs) and the TSV whose word confidences say how far the page can be trusted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './IngestError';
import { runTool } from './tools';

export interface OcrPage {
  text: string;
  /** Mean word confidence, 0–100 (Tesseract's), over words with letters. */
  confidence: number;
}

const OCR_TIMEOUT_MS = 180_000;

function meanConfidence(tsv: string): number {
  const confidences: number[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5' || !/\p{L}/u.test(cells[11])) continue;
    confidences.push(Number(cells[10]));
  }
  return confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
}

/** OCR of the image at `imagePath`; `page` numbers the errors. */
export async function ocrImage(imagePath: string, page: number): Promise<OcrPage> {
  const base = path.join(path.dirname(imagePath), `ocr-${page}`);
  const result = await runTool('tesseract', {
    args: [imagePath, base, '-l', 'vie', '--psm', '3', 'txt', 'tsv'],
    timeoutMs: OCR_TIMEOUT_MS,
    // One thread per page: Tesseract's OpenMP threads cost more than they give (5.0 s against 2.9 s a page here),
    // and pages are OCR'd side by side instead.
    env: { OMP_THREAD_LIMIT: '1' },
    purpose: `nhận dạng chữ trang ${page}`,
  });
  if (result.status !== 0) {
    const noVietnamese = /Failed loading language 'vie'|vie\.traineddata/.test(result.stderr);
    if (noVietnamese) throw new IngestError('tool-missing', 'Máy chủ chưa có dữ liệu tiếng Việt cho OCR: cài bằng "apt-get install tesseract-ocr-vie".');
    throw new IngestError('corrupt', `Không nhận dạng được chữ ở trang ${page}: ${result.stderr.trim().split('\n').pop() ?? ''}`, page);
  }
  const [text, tsv] = await Promise.all([readFile(`${base}.txt`, 'utf8'), readFile(`${base}.tsv`, 'utf8')]);
  return { text, confidence: meanConfidence(tsv) };
}
