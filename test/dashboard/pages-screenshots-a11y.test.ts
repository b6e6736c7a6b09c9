/**
 * Every page, as the role that uses it, with real data: a full-page screenshot at desktop and phone
 * widths (test-artifacts/screenshots/<page>-desktop.png, -phone.png) and an axe-core check that
 * finds no serious or critical violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDirective } from '../../directives';
import { launch, login, screenshots, seriousViolations } from './browser';
import { readFileSync } from 'node:fs';
import { COMMUNES, communeName, eventually, registerSeed003, SEED_002, seed003Text } from './luc-nam';
import { startSystem, type DashboardSystem } from './system';

jest.setTimeout(600_000);

let system: DashboardSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Partial<Record<'secretariat' | 'supervisor' | 'agency' | 'anonymous', Page>> = {};
let directiveId: string;
let taskOf: Record<string, string>;

async function pageAs(who: keyof typeof pages, token?: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(120_000);
  contexts.push(context);
  const page = await context.newPage();
  if (token) await login(page, system.dashboard, token);
  pages[who] = page;
  return page;
}

beforeAll(async () => {
  system = await startSystem({ read: (text) => readDirective(text), agencies: Object.keys(COMMUNES), agencyName: communeName });
  ({ directiveId, taskOf } = await registerSeed003(system.client, readDirective, { '7': 'ubnd-xa-bao-son', '6': 'ubnd-xa-cam-ly', '3': 'ubnd-xa-lan-mau' }));
  // Some history: Cẩm Lý acknowledges and asks for more time, Lan Mẫu reports progress, Bảo Sơn completes one report.
  const by = (id: string) => ({ kind: 'agency' as const, id, name: communeName(id) });
  await system.client.act(taskOf['6']!, { type: 'acknowledge', input: { by: by('ubnd-xa-cam-ly') } });
  await system.client.act(taskOf['6']!, { type: 'requestExtension', input: { by: by('ubnd-xa-cam-ly'), newDue: '2027-03-31', reason: 'Chờ kết quả khảo sát của huyện' } });
  await system.client.act(taskOf['3']!, { type: 'reportProgress', input: { by: by('ubnd-xa-lan-mau'), percent: 40, note: 'Đã xây dựng kế hoạch' } });
  await system.client.act(taskOf['7']!, { type: 'complete', input: { by: by('ubnd-xa-bao-son'), reportNumber: '45/BC-UBND' } });
  browser = await launch();
  await pageAs('supervisor', system.tokens.supervisor);
  await pageAs('secretariat', system.tokens.secretariat);
  await pageAs('agency', system.tokens.agency['ubnd-xa-cam-ly']);
  await pageAs('anonymous');
  await eventually(async () => (await system.client.list({ status: ['extension-requested'] })).length === 1, 'the extension request visible');
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await system?.close();
});

const task = (ref: string) => `/task?id=${encodeURIComponent(taskOf[ref]!)}`;

async function check(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await expect(page.locator('h1').first().textContent()).resolves.toMatch(heading);
  const files = await screenshots(page, name);
  expect(files).toHaveLength(2);
  expect(await seriousViolations(page)).toEqual([]);
}

const PAGES: [string, keyof typeof pages, () => string, string | RegExp][] = [
  ['login', 'anonymous', () => '/login', 'Đăng nhập'],
  ['overview', 'supervisor', () => '/?tu=2015-01-01&den=2015-12-31', 'Tổng quan'],
  ['directives', 'supervisor', () => '/directives', 'Văn bản chỉ đạo'],
  ['directive', 'supervisor', () => `/directive?id=${encodeURIComponent(directiveId)}`, /^Công văn 279\/UBND-LĐTBXH/],
  ['tasks', 'supervisor', () => '/tasks', 'Nhiệm vụ'],
  ['task-supervisor', 'supervisor', () => task('6'), /^Nhiệm vụ 6/],
  ['extensions', 'supervisor', () => '/extensions', 'Gia hạn'],
  ['agency-tasks', 'agency', () => '/tasks', 'Nhiệm vụ của UBND xã Cẩm Lý'],
  ['agency-task', 'agency', () => task('6'), /^Nhiệm vụ 6/],
  ['register', 'secretariat', () => '/register', 'Đăng ký văn bản'],
];

it.each(PAGES)('%s page: screenshots at both widths, no serious axe violations', async (name, who, path, heading) => {
  const page = pages[who]!;
  const response = await page.goto(`${system.dashboard}${path()}`);
  expect(response?.status()).toBe(200);
  await check(page, name, heading);
});

it('register review and reminder preview: screenshots at both widths, no serious axe violations', async () => {
  const page = pages.secretariat!;
  await page.goto(`${system.dashboard}/register`);
  await page.getByLabel('Hoặc dán nội dung văn bản').fill(seed003Text());
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await check(page, 'register-review', 'Kiểm tra văn bản trước khi đăng ký');
  await page.getByRole('button', { name: 'Xem trước lịch nhắc việc' }).click();
  await page.getByRole('region', { name: 'Lịch nhắc việc dự kiến' }).waitFor();
  await check(page, 'register-preview', 'Kiểm tra văn bản trước khi đăng ký');
});

it('register review with reader warnings: each warning shown where it applies', async () => {
  const text = readFileSync(SEED_002, 'utf8');
  const spec = readDirective(text);
  const page = pages.secretariat!;
  await page.goto(`${system.dashboard}/register`);
  await page.getByLabel('Hoặc dán nội dung văn bản').fill(text);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.getByRole('heading', { name: 'Kiểm tra văn bản trước khi đăng ký' }).waitFor();
  for (const w of spec.warnings) {
    const shown = page.locator(`[data-warning="${w.code}"]`);
    await expect(shown.count()).resolves.toBe(1);
    const task = w.span && spec.tasks.find((t) => w.span!.start >= t.span.start && w.span!.start < t.span.end);
    // A warning about a sentence of a task sits in that task's fields; the others on top of the form.
    await expect(shown.evaluate((el) => el.closest('fieldset.task')?.getAttribute('data-task') ?? null)).resolves.toBe(task ? task.id : null);
    if (w.span && w.span.end > w.span.start) {
      await expect(page.locator('#doc-text mark.warning', { hasText: text.slice(w.span.start, w.span.end).trim().slice(0, 20) }).count()).resolves.toBeGreaterThan(0);
    }
  }
  expect(spec.warnings.length).toBeGreaterThan(0);
  await check(page, 'register-warnings', 'Kiểm tra văn bản trước khi đăng ký');
});

it('serves every list on every page as CSV and Excel, each with the columns shown', async () => {
  let checked = 0;
  for (const [name, who, path] of PAGES) {
    if (who === 'anonymous') continue;
    const page = pages[who]!;
    await page.goto(`${system.dashboard}${path()}`);
    const regions = page.locator('.toolbar:has(.exports)');
    for (let i = 0; i < (await regions.count()); i++) {
      const toolbar = regions.nth(i);
      const csvHref = await toolbar.getByRole('link', { name: 'CSV' }).getAttribute('href');
      const xlsxHref = await toolbar.getByRole('link', { name: 'Excel' }).getAttribute('href');
      const csv = await page.request.get(new URL(csvHref!, system.origin).toString());
      expect([name, csv.status(), csv.headers()['content-type']]).toEqual([name, 200, 'text/csv; charset=utf-8']);
      const header = (await csv.text()).split('\r\n')[0]!.replace(/^\uFEFF/, '');
      // The table right after the toolbar has the same columns as the file (when it has rows).
      const shown = await toolbar.evaluate((el) => {
        const table = el.nextElementSibling?.querySelector('table');
        return table ? Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent ?? '') : null;
      });
      if (shown) expect(header).toBe(shown.map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(','));
      const xlsx = await page.request.get(new URL(xlsxHref!, system.origin).toString());
      expect([name, xlsx.status()]).toEqual([name, 200]);
      expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(12);
});

it('answers an unknown dashboard address with a Vietnamese 404 page', async () => {
  const page = pages.supervisor!;
  const response = await page.goto(`${system.dashboard}/khong-co`);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toMatch(/^text\/html/);
  await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
});

it('the axe check itself reports a serious violation when one is there', async () => {
  const page = pages.anonymous!;
  await page.goto(`${system.dashboard}/login`);
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:,">'));
  expect((await seriousViolations(page)).join('\n')).toMatch(/^image-alt \(critical\)/);
});
