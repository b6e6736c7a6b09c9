/**
 * An agency's login sees and acts on its own tasks only: another agency's task page is a 403 that
 * shows nothing of the task, a forged action post is refused and changes nothing, and its lists
 * and exports hold only its own tasks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDirective } from '../../directives';
import { launch, login } from './browser';
import { COMMUNES, communeName, eventually, registerSeed003 } from './luc-nam';
import { startSystem, type DashboardSystem } from './system';

jest.setTimeout(600_000);

let system: DashboardSystem;
let browser: Browser;
let context: BrowserContext;
let camLy: Page;
let taskOf: Record<string, string>;

beforeAll(async () => {
  system = await startSystem({ read: (text) => readDirective(text), agencies: Object.keys(COMMUNES), agencyName: communeName });
  ({ taskOf } = await registerSeed003(system.client, readDirective, { '7': 'ubnd-xa-bao-son', '6': 'ubnd-xa-cam-ly' }));
  browser = await launch();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(120_000);
  camLy = await context.newPage();
  await login(camLy, system.dashboard, system.tokens.agency['ubnd-xa-cam-ly']!);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await system?.close();
});

it('refuses another agency’s task page without showing any of it', async () => {
  const theirs = await camLy.goto(`${system.dashboard}/task?id=${encodeURIComponent(taskOf['7']!)}`);
  expect(theirs?.status()).toBe(403);
  await expect(camLy.locator('h1').textContent()).resolves.toBe('Không có quyền truy cập');
  await expect(camLy.content()).resolves.not.toContain('Thực hiện đầy đủ chế độ thông tin');

  const own = await camLy.goto(`${system.dashboard}/task?id=${encodeURIComponent(taskOf['6']!)}`);
  expect(own?.status()).toBe(200);
  await expect(camLy.getByRole('button', { name: 'Báo cáo hoàn thành' }).count()).resolves.toBe(1);
});

it('refuses a forged action on another agency’s task, and the task does not change', async () => {
  const response = await camLy.request.post(`${system.dashboard}/task/act?id=${encodeURIComponent(taskOf['7']!)}&action=complete`, {
    form: { reportNumber: '99/BC-UBND' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  const view = await system.client.status(taskOf['7']!);
  expect(view.history.map((e) => e.type)).not.toContain('completed');
  expect(view.occurrences.every((o) => o.reportNumber === null)).toBe(true);
});

it('lists and exports only the agency’s own tasks, and keeps it out of the supervisors’ pages', async () => {
  await eventually(async () => {
    await camLy.goto(`${system.dashboard}/tasks`);
    return (await camLy.getByRole('region', { name: 'Danh sách nhiệm vụ' }).locator('tbody tr').count()) === 1;
  }, 'the commune’s one task listed');
  await expect(camLy.getByRole('region', { name: 'Danh sách nhiệm vụ' }).textContent()).resolves.toContain('Tăng cường kiểm tra');
  // Asking for another agency's list by URL still gives only its own.
  const csv = await camLy.request.get(`${system.dashboard}/tasks?agency=ubnd-xa-bao-son&format=csv`);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('UBND xã Cẩm Lý');

  for (const path of ['/', '/directives', '/extensions', '/register']) {
    const page = await camLy.goto(`${system.dashboard}${path}`);
    expect([path, page?.status()]).toEqual([path, 403]);
  }
});
