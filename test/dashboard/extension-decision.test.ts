/**
 * Gia hạn end to end in the browser: an agency asks for more time from its task page (a wrong
 * request first, refused with the field named), the supervisor sees the request on the Gia hạn page
 * and approves it with a reason, and the task shows the new due day.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDirective } from '../../directives';
import { launch, login } from './browser';
import { COMMUNES, communeName, eventually, registerSeed003 } from './luc-nam';
import { startSystem, type DashboardSystem } from './system';

jest.setTimeout(600_000);

let system: DashboardSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];
let taskOf: Record<string, string>;

async function pageAs(token: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(120_000);
  contexts.push(context);
  const page = await context.newPage();
  await login(page, system.dashboard, token);
  return page;
}

beforeAll(async () => {
  system = await startSystem({ read: (text) => readDirective(text), agencies: Object.keys(COMMUNES), agencyName: communeName });
  ({ taskOf } = await registerSeed003(system.client, readDirective, { '6': 'ubnd-xa-cam-ly' }));
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await system?.close();
});

it('lets an agency ask for an extension on a phone and the supervisor approve it with a reason', async () => {
  const agency = await pageAs(system.tokens.agency['ubnd-xa-cam-ly']!);
  await agency.goto(`${system.dashboard}/task?id=${encodeURIComponent(taskOf['6']!)}`);
  // A request without a reason is refused on the server too (the browser's own check bypassed).
  await agency.getByLabel('Hạn mới đề nghị').fill('2027-06-30');
  await agency.locator('#e-reason').evaluate((el) => el.removeAttribute('required'));
  await agency.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(agency.getByRole('alert').textContent()).resolves.toBe('Lý do: cần nêu lý do');

  await agency.getByLabel('Hạn mới đề nghị').fill('2027-06-30');
  await agency.getByLabel('Lý do', { exact: true }).fill('Chờ số liệu thống kê của huyện');
  await agency.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await agency.getByText('Đã gửi đề nghị gia hạn.').waitFor();
  await expect(agency.locator('[data-field="status"]').textContent()).resolves.toBe('Chờ gia hạn');

  const supervisor = await pageAs(system.tokens.supervisor);
  await eventually(async () => {
    await supervisor.goto(`${system.dashboard}/extensions`);
    return (await supervisor.getByText('Chờ số liệu thống kê của huyện').count()) === 1;
  }, 'the request on the Gia hạn page');
  const card = supervisor.locator('section.card', { hasText: 'Chờ số liệu thống kê của huyện' });
  await expect(card.textContent()).resolves.toContain('30/06/2027');
  await card.getByLabel('Lý do quyết định').fill('Đồng ý, báo cáo trước 30/6');
  await card.getByRole('button', { name: 'Đồng ý' }).click();
  await supervisor.getByText('Đã ghi nhận quyết định.').waitFor();

  await agency.reload();
  await expect(agency.locator('[data-field="status"]').textContent()).resolves.not.toBe('Chờ gia hạn');
  await expect(agency.getByRole('region', { name: 'Các kỳ hạn' }).textContent()).resolves.toContain('30/06/2027');
  await expect(agency.getByRole('region', { name: 'Lịch sử' }).textContent()).resolves.toContain('Đồng ý, báo cáo trước 30/6');
});
