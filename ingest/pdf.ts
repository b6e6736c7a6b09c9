/**
 * A PDF: poppler's text layer page by page (the README says why poppler rather than pdf.js), and OCR for each page
 * whose layer is empty or not Vietnamese (a scan, a scan with a stamp's text only, or a scan a non-Vietnamese OCR
 * already "read"). The signature stamps are cut out and their day kept; page numbers and running headers go.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { inParallel } from './parallel';
import path from 'node:path';
import { IngestError } from './IngestError';
import { ocrImage } from './ocr';
import { joinPages } from './pages';
import { reflow } from './reflow';
import { earliest, pdfSignatureDates, removeStamps, stampDates } from './signature';
import { runTool } from './tools';
import type { ExtractedDocument, IngestWarning, PageProgress } from './types';
import { readsAsVietnamese, textQuality } from './vietnamese';
import { withWorkdir } from './workdir';

/** Tesseract reads typed text well at 300 dpi (the resolution of its training). */
const OCR_DPI = '300';
/** Below this mean word confidence a page is named in a warning: a person should check what was read. */
export const LOW_CONFIDENCE = 75;
/** A scan's own picture is OCR'd as it is from this resolution up; a coarser one is rendered at OCR_DPI. */
const MIN_SCAN_PPI = 200;
/** Pages OCR'd at once: one per core of the two a small office server has (Tesseract runs one thread each). */
const OCR_CONCURRENCY = 2;
/** A page with at most this many words in its layer is "empty" (a stamp's text, a page number). */
const FEW_WORDS = 10;

interface PdfInfo {
  pages: number;
}

async function pdfInfo(file: string, fileName: string): Promise<PdfInfo> {
  const info = await runTool('pdfinfo', { args: [file], purpose: `đọc thông tin tệp PDF "${fileName}"` });
  const out = info.stdout.toString('utf8');
  if (/Incorrect password|Encrypted:\s+yes \(print:no/i.test(info.stderr + out)) {
    throw new IngestError('encrypted', `Tệp PDF "${fileName}" có mật khẩu: hãy gỡ mật khẩu (hoặc in ra PDF mới) rồi tải lên lại.`);
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  if (info.status !== 0 || !Number.isFinite(pages)) {
    throw new IngestError('corrupt', `Tệp PDF "${fileName}" bị hỏng hoặc không đầy đủ (${info.stderr.trim().split('\n').pop() ?? 'không đọc được'}).`);
  }
  if (pages === 0) throw new IngestError('empty', `Tệp PDF "${fileName}" không có trang nào.`);
  return { pages };
}

async function textLayer(file: string, fileName: string): Promise<string[]> {
  const run = await runTool('pdftotext', { args: ['-enc', 'UTF-8', file, '-'], purpose: `đọc lớp chữ của "${fileName}"` });
  if (run.status !== 0) throw new IngestError('corrupt', `Không đọc được lớp chữ của tệp PDF "${fileName}": ${run.stderr.trim().split('\n').pop() ?? ''}`);
  return run.stdout.toString('utf8').normalize('NFC').split('\f');
}

/** A page's large pictures (a scanned page has one), from `pdfimages -list`. */
interface PageScan {
  images: number;
  /** The resolution of the first large picture, in pixels per inch. */
  ppi: number;
}

async function pagesWithScans(file: string): Promise<Map<number, PageScan>> {
  const run = await runTool('pdfimages', { args: ['-list', file], purpose: 'liệt kê hình ảnh trong PDF' }).catch(() => null);
  const pages = new Map<number, PageScan>();
  for (const row of run?.stdout.toString('utf8').split('\n').slice(2) ?? []) {
    const cells = row.trim().split(/\s+/);
    const [page, , type, width, height] = cells;
    if (type !== 'image' || Number(width) < 800 || Number(height) < 800) continue;
    const seen = pages.get(Number(page));
    pages.set(Number(page), { images: (seen?.images ?? 0) + 1, ppi: seen?.ppi ?? Number(cells[12]) });
  }
  return pages;
}

type PageSource = 'layer' | 'ocr';

interface PageText {
  text: string;
  source: PageSource;
  warnings: IngestWarning[];
}

/**
 * The page as a picture for OCR. A page that is one scanned picture of enough resolution is taken out as it is
 * (`pdfimages`: instant, where rendering a scan's page can take 15 s); any other page is rendered at 300 dpi.
 */
async function pageImage(file: string, dir: string, page: number, scan: PageScan | undefined): Promise<string> {
  const prefix = path.join(dir, `page-${page}`);
  const range = ['-f', String(page), '-l', String(page)];
  if (scan && scan.images === 1 && scan.ppi >= MIN_SCAN_PPI) {
    const taken = await runTool('pdfimages', { args: [...range, '-all', file, prefix], purpose: `lấy ảnh quét trang ${page}` });
    const image = (await readdir(dir)).find((f) => f.startsWith(`page-${page}-`) && /\.(jpg|png|tif|pbm|ppm|pgm)$/.test(f));
    if (taken.status === 0 && image) return path.join(dir, image);
  }
  const render = await runTool('pdftoppm', { args: ['-r', OCR_DPI, '-gray', '-png', ...range, '-singlefile', file, prefix], purpose: `chuyển trang ${page} thành ảnh` });
  if (render.status !== 0) throw new IngestError('corrupt', `Không chuyển được trang ${page} thành ảnh để nhận dạng chữ.`, page);
  return `${prefix}.png`;
}

async function ocrPage(file: string, dir: string, page: number, scan: PageScan | undefined): Promise<{ text: string; confidence: number }> {
  const result = await ocrImage(await pageImage(file, dir, page, scan), page);
  return { text: result.text.normalize('NFC'), confidence: result.confidence };
}

async function readPage(file: string, dir: string, page: number, layer: string, scan: PageScan | undefined): Promise<PageText> {
  const quality = textQuality(removeStamps(layer));
  const layerIsText = quality.words > FEW_WORDS && readsAsVietnamese(quality, FEW_WORDS);
  if (layerIsText || !scan) return { text: layer, source: 'layer', warnings: [] };
  const ocr = await ocrPage(file, dir, page, scan);
  const warnings: IngestWarning[] = [];
  if (quality.words > FEW_WORDS) warnings.push({ code: 'garbage-text-layer', page, message: `Trang ${page}: lớp chữ sẵn có không phải tiếng Việt đọc được; đã nhận dạng lại bằng OCR.` });
  const blank = textQuality(ocr.text).words <= FEW_WORDS; // the back of a duplex scan
  if (!blank && ocr.confidence < LOW_CONFIDENCE) warnings.push({ code: 'low-confidence', page, message: `Trang ${page}: chữ nhận dạng có độ tin cậy thấp (${Math.round(ocr.confidence)}%), cần kiểm tra lại số, ngày và tên cơ quan.` });
  // The stamp's text sits in the layer, not in the picture: keep it for the signing day.
  const stamps = layer.split('\n').filter((line) => stampDates(line).length).join('\n');
  return { text: `${stamps}\n${ocr.text}`, source: 'ocr', warnings };
}

const pageList = (pages: number[]) => pages.join(', ');

export async function extractPdf(bytes: Uint8Array, fileName: string, onPage?: (p: PageProgress) => void): Promise<ExtractedDocument> {
  return withWorkdir(async (dir) => {
    const file = path.join(dir, 'input.pdf');
    await writeFile(file, bytes);
    const { pages } = await pdfInfo(file, fileName);
    const [layers, scans] = await Promise.all([textLayer(file, fileName), pagesWithScans(file)]);
    let done = 0;
    const read = await inParallel(pages, OCR_CONCURRENCY, async (i) => {
      const page = await readPage(file, dir, i + 1, layers[i] ?? '', scans.get(i + 1));
      onPage?.({ stage: page.source === 'ocr' ? 'ocr' : 'text', page: ++done, pages });
      return page;
    });
    const whole = read.map((p) => p.text).join('\f');
    const ocrPages = read.flatMap((p, i) => (p.source === 'ocr' ? [i + 1] : []));
    return {
      text: reflow(joinPages(read.map((p) => removeStamps(p.text)))),
      format: 'pdf',
      pages,
      conversions: ocrPages.length ? [`OCR tiếng Việt (Tesseract) trang ${pageList(ocrPages)}`] : ['lớp chữ PDF (pdftotext)'],
      warnings: read.flatMap((p) => p.warnings),
      signedAt: earliest([...stampDates(whole), ...pdfSignatureDates(bytes)]),
    };
  });
}
