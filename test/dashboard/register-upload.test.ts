/**
 * The register page takes the file as the clerk received it: a PDF (made at test time by Chromium) uploaded in a
 * real browser is read on the server, its deadlines marked in the text, and the page says how it was read; a
 * spreadsheet is refused on the page with the reason.
 */
import type { Browser, Page } from 'playwright-core';
import JSZip from 'jszip';
import { readDirective } from '../../directives';
import { directiveHtml, pdfFromHtml } from '../ingest/documents';
import { launch, login } from './browser';
import { COMMUNES, communeName } from './luc-nam';
import { startSystem, type DashboardSystem } from './system';

jest.setTimeout(300_000);

let system: DashboardSystem;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  system = await startSystem({ read: (text: string, options?: { issuedOn?: string }) => readDirective(text, options), agencies: Object.keys(COMMUNES), agencyName: communeName });
  browser = await launch();
  page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await login(page, system.dashboard, system.tokens.secretariat);
});

afterAll(async () => {
  await browser?.close();
  await system?.close();
});

it('reads an uploaded PDF and marks its deadlines', async () => {
  await page.goto(`${system.dashboard}/register`);
  const pdf = await pdfFromHtml(directiveHtml());
  await page.getByLabel(/^Tải lên tệp văn bản/).setInputFiles({ name: 'cv15.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.getByRole('heading', { name: 'Kiểm tra văn bản trước khi đăng ký' }).waitFor();
  await expect(page.getByText('Đọc từ tệp cv15.pdf: lớp chữ PDF (pdftotext)').isVisible()).resolves.toBe(true);
  const source = page.getByRole('region', { name: 'Văn bản gốc đã đánh dấu' });
  await expect(source.locator('mark.deadline').allTextContents()).resolves.toEqual(expect.arrayContaining(['trước ngày 20/01/2026', 'hoàn thành trong tháng 02/2026']));
});

it('refuses a spreadsheet on the page, saying what it is', async () => {
  await page.goto(`${system.dashboard}/register`);
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  const xlsx = await zip.generateAsync({ type: 'nodebuffer' });
  await page.getByLabel(/^Tải lên tệp văn bản/).setInputFiles({ name: 'bang.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/không phải văn bản Word/);
});
