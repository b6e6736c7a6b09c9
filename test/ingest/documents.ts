/**
 * The files of the ingest tests, made at test time the way their users' files are made: a directive typed as a
 * page and printed to PDF by Chromium (a born-digital PDF with embedded fonts, as Word's "Save as PDF" makes), that
 * page rendered to a picture (a scan), the picture printed into a PDF (a scanned PDF), and a DOCX whose XML is
 * written the way Word writes it (a header table, a task table, a deleted revision).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { launch } from '../dashboard/browser';

export const BODY = [
  'Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh về việc tổng kết công tác cải cách hành chính năm 2025, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh xây dựng báo cáo kết quả thực hiện và gửi về Sở Nội vụ trước ngày 20/01/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
  'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát kinh phí thực hiện các nhiệm vụ cải cách hành chính, hoàn thành trong tháng 02/2026.',
];

const HEADER_HTML = `
<table style="width:100%;text-align:center;font-weight:bold"><tr>
<td>ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG<br><span style="font-weight:normal">Số: 15/UBND-NC</span></td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br><i style="font-weight:normal">Lâm Đồng, ngày 05 tháng 01 năm 2026</i></td>
</tr></table>`;

export function directiveHtml(options: { pageBreak?: boolean } = {}): string {
  const paragraphs = BODY.map((p) => `<p style="text-align:justify;text-indent:1cm">${p}</p>`);
  const breakBefore = options.pageBreak ? '<div style="break-after:page"></div>' : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
body{font-family:'DejaVu Serif',serif;font-size:14pt;margin:2cm 2cm 2cm 3cm}</style></head><body>
${HEADER_HTML}<p>Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.</p>${paragraphs[0]}${breakBefore}${paragraphs[1]}
<p style="margin-left:60%;text-align:center;font-weight:bold">TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</p></body></html>`;
}

export async function pdfFromHtml(html: string, options: { pageNumbers?: boolean } = {}): Promise<Buffer> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({
      format: 'A4',
      displayHeaderFooter: !!options.pageNumbers,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:10pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      margin: options.pageNumbers ? { top: '1cm', bottom: '2cm' } : undefined,
      preferCSSPageSize: true,
    });
  } finally {
    await browser.close();
  }
}

/** Page 1 of a PDF as a PNG, as a scanner at `dpi` would give it. */
export function scanOf(pdf: Buffer, dpi = 200): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chidao-scan-'));
  writeFileSync(path.join(dir, 'in.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
  return readFileSync(path.join(dir, 'page.png'));
}

/** A PDF whose only content is a picture of a page (a scanner's PDF). */
export async function scannedPdf(png: Buffer): Promise<Buffer> {
  const img = `<img style="display:block;width:210mm;height:297mm" src="data:image/png;base64,${png.toString('base64')}">`;
  return pdfFromHtml(`<!doctype html><html><head><style>@page{size:A4;margin:0}body{margin:0}</style></head><body>${img}</body></html>`);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.map((p) => para(run(p))).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

export async function docxOf(): Promise<Buffer> {
  const header = `<w:tbl>${row(cell('ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'))}${row(cell('Số: 16/KH-UBND'), cell('Lâm Đồng, ngày 06 tháng 01 năm 2026'))}</w:tbl>`;
  const tasks = `<w:tbl>${row(cell('TT'), cell('Nhiệm vụ'), cell('Cơ quan chủ trì'), cell('Thời gian hoàn thành'))}${row(cell('1'), cell('Rà soát thủ tục hành chính'), cell('Sở Tư pháp'), cell('Quý II/2026'))}</w:tbl>`;
  const deleted = `<w:del w:id="1" w:author="A"><w:r><w:delText>trước ngày 01/01/2026</w:delText></w:r></w:del>`;
  const body = [
    header,
    para(run('KẾ HOẠCH')),
    para(run('Triển khai công tác cải cách hành chính năm 2026')),
    para(run('Sở Nội vụ gửi báo cáo về Ủy ban nhân dân tỉnh '), deleted, run('trước ngày 25/01/2026'), run(' &amp; lưu hồ sơ.')),
    tasks,
  ].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
