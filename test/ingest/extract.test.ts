/** extractDocument on the formats a clerk receives, each file made at test time (./documents.ts). */
import { readDirective } from '../../directives';
import { extractDocument, IngestError } from '../../ingest';
import { BODY, directiveHtml, docxOf, pdfFromHtml, scanOf, scannedPdf } from './documents';

const datesOf = (text: string) => readDirective(text).tasks.flatMap((t) => t.deadlines.map((d) => d.nominal));

describe('a born-digital PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await pdfFromHtml(directiveHtml({ pageBreak: true }), { pageNumbers: true });
  });

  it('gives each paragraph on one line, across the page break, without the page numbers', async () => {
    const doc = await extractDocument(pdf, { fileName: 'cv15.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.conversions).toEqual(['lớp chữ PDF (pdftotext)']);
    for (const paragraph of BODY) expect(doc.text.split('\n')).toContain(paragraph);
    expect(doc.text).not.toMatch(/^\s*[12]\s*$/m);
  });

  it('is read by the reader with its header and both deadlines', async () => {
    const doc = await extractDocument(pdf, { fileName: 'cv15.pdf' });
    const spec = readDirective(doc.text);
    expect(spec.document.number).toBe('15/UBND-NC');
    expect(spec.document.issuedOn).toBe('2026-01-05');
    expect(datesOf(doc.text)).toEqual(expect.arrayContaining(['2026-01-19', '2026-02-28']));
  });

  it('is found by its bytes whatever its name says', async () => {
    const doc = await extractDocument(pdf, { fileName: 'vanban.doc' });
    expect(doc.format).toBe('pdf');
  });
});

describe('a scan', () => {
  let png: Buffer;
  beforeAll(async () => {
    png = scanOf(await pdfFromHtml(directiveHtml()), 200);
  });

  it('is read by Vietnamese OCR well enough for the reader to find the deadline', async () => {
    const pages: number[] = [];
    const doc = await extractDocument(png, { fileName: 'scan.png', onPage: (p) => pages.push(p.page) });
    expect(doc.format).toBe('png');
    expect(doc.conversions).toEqual(['OCR tiếng Việt (Tesseract)']);
    expect(pages).toEqual([1]);
    expect(doc.text).toContain('gửi về Sở Nội vụ trước ngày 20/01/2026');
    expect(datesOf(doc.text)).toContain('2026-01-19');
  });

  it('inside a PDF with no text layer goes to OCR by itself', async () => {
    const doc = await extractDocument(await scannedPdf(png), { fileName: 'scan.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.conversions[0]).toMatch(/^OCR tiếng Việt \(Tesseract\) trang 1$/);
    expect(doc.text).toContain('trước ngày 20/01/2026');
  });
});

describe('a DOCX', () => {
  it('keeps the header cells apart, a task table row as a row, and leaves deleted revisions out', async () => {
    const doc = await extractDocument(await docxOf(), { fileName: 'kh16.docx' });
    expect(doc.format).toBe('docx');
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
      'Số: 16/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày 06 tháng 01 năm 2026',
    ]);
    expect(lines).toContain('Sở Nội vụ gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 25/01/2026 & lưu hồ sơ.');
    expect(lines).toContain('| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Quý II/2026 |');
    expect(doc.text).not.toContain('01/01/2026');
  });
});

describe('refusals', () => {
  const refusal = async (bytes: Uint8Array, fileName: string, options: { maxBytes?: number } = {}) => {
    const error = await extractDocument(bytes, { fileName, ...options }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  };

  it('names an empty file, a file over the limit, and text that is not UTF-8', async () => {
    expect((await refusal(new Uint8Array(), 'a.pdf')).code).toBe('empty');
    const big = await refusal(Buffer.from('x'.repeat(2048)), 'big.txt', { maxBytes: 1024 });
    expect([big.code, big.message]).toEqual(['too-large', expect.stringContaining('"big.txt"')]);
    expect((await refusal(Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x41, 0x00, 0x42]), 'a.txt')).code).toBe('unsupported');
  });

  it('says a truncated PDF is damaged, and names a spreadsheet as not a Word file', async () => {
    const pdf = await pdfFromHtml(directiveHtml());
    const truncated = await refusal(pdf.subarray(0, 600), 'cut.pdf');
    expect([truncated.code, truncated.message]).toEqual(['corrupt', expect.stringContaining('"cut.pdf"')]);
    const JSZip = (await import('jszip')).default;
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const sheet = await refusal(await xlsx.generateAsync({ type: 'nodebuffer' }), 'bang.xlsx');
    expect([sheet.code, sheet.message]).toEqual(['unsupported', expect.stringContaining('không phải văn bản Word')]);
  });

  it('names the Debian package when the reading program is not installed', async () => {
    const pdf = await pdfFromHtml(directiveHtml());
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const error = await refusal(pdf, 'cv.pdf');
      expect([error.code, error.message]).toEqual(['tool-missing', expect.stringContaining('apt-get install poppler-utils')]);
    } finally {
      process.env.PATH = path;
    }
  });
});
