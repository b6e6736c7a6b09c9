/**
 * The main path in a real browser against real Temporal: the secretariat uploads seed 003,
 * corrects one field (the lead agency of item 7), previews the reminders and registers it; the
 * supervisor's overview then shows it; the agency completes its task from the task page and the
 * overview changes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDirective } from '../../directives';
import { launch, login } from './browser';
import { COMMUNES, communeName, eventually, SEED_003 } from './luc-nam';
import { startSystem, type DashboardSystem } from './system';

// Two shared cores: Temporal's first workflow tasks can take many seconds, so waits are generous.
jest.setTimeout(600_000);

let system: DashboardSystem;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function pageAs(token: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(120_000);
  contexts.push(context);
  const page = await context.newPage();
  await login(page, system.dashboard, token);
  return page;
}

beforeAll(async () => {
  system = await startSystem({ read: (text) => readDirective(text), agencies: Object.keys(COMMUNES), agencyName: communeName });
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await system?.close();
});

const overdueCell = (page: Page, agency: string) =>
  page.getByRole('region', { name: 'Nhiệm vụ quá hạn theo đơn vị' }).getByRole('row', { name: new RegExp(agency) });

it('registers seed 003 through the page, shows it to the supervisor, and reflects the agency completing it', async () => {
  // The secretariat uploads the text, corrects item 7's lead agency, previews, registers.
  const secretariat = await pageAs(system.tokens.secretariat);
  await secretariat.goto(`${system.dashboard}/register`);
  await secretariat.getByLabel(/^Tải lên tệp văn bản/).setInputFiles(SEED_003);
  await secretariat.waitForFunction(() => (document.getElementById('text') as HTMLTextAreaElement).value.includes('Số: 279/UBND-LĐT BXH'));
  await secretariat.getByRole('button', { name: 'Đọc văn bản' }).click();

  await secretariat.getByRole('heading', { name: 'Kiểm tra văn bản trước khi đăng ký' }).waitFor();
  const source = secretariat.getByRole('region', { name: 'Văn bản gốc đã đánh dấu' });
  await expect(source.locator('mark.deadline').allTextContents()).resolves.toContain('trước ngày 20/4 và 30/10 năm 2015');
  const item7 = secretariat.locator('fieldset.task', { has: secretariat.locator('legend', { hasText: /^Nhiệm vụ 7$/ }) });
  await expect(item7.getByLabel('Tên đơn vị').first().inputValue()).resolves.toMatch(/^UBND các xã/);
  await item7.getByLabel('Mã trong danh bạ').first().selectOption({ label: 'UBND xã Bảo Sơn' });

  await secretariat.getByRole('button', { name: 'Xem trước lịch nhắc việc' }).click();
  const plan = secretariat.getByRole('region', { name: 'Lịch nhắc việc dự kiến' });
  await plan.waitFor();
  await expect(plan.textContent()).resolves.toMatch(/Hạn Thứ Hai, 20\/04\/2015[\s\S]*Hạn Thứ Năm, 29\/10\/2015/);
  // The highlighting still points at the phrase after the round trip, and the correction survived the preview.
  await expect(source.locator('mark.deadline').allTextContents()).resolves.toContain('trước ngày 20/4 và 30/10 năm 2015');
  await expect(item7.getByLabel('Mã trong danh bạ').first().inputValue()).resolves.toBe('ubnd-xa-bao-son');

  await secretariat.getByRole('button', { name: 'Đăng ký văn bản' }).click();
  await secretariat.getByText('Đã đăng ký văn bản').waitFor();
  await expect(secretariat.locator('h1').textContent()).resolves.toContain('279/UBND-LĐTBXH');

  // The supervisor's overview shows the commune late on both 2015 reports (one task), and the directive is listed.
  const supervisor = await pageAs(system.tokens.supervisor);
  await eventually(async () => {
    await supervisor.goto(`${system.dashboard}/`);
    return (await overdueCell(supervisor, 'UBND xã Bảo Sơn').count()) === 1;
  }, 'UBND xã Bảo Sơn in the overdue table');
  await expect(overdueCell(supervisor, 'UBND xã Bảo Sơn').getByRole('link').textContent()).resolves.toBe('1');
  await expect(supervisor.locator('#overdue-chart').getAttribute('data-ready')).resolves.not.toBeNull();
  await supervisor.goto(`${system.dashboard}/directives?q=279`);
  await expect(supervisor.getByRole('region', { name: 'Danh sách văn bản chỉ đạo' }).textContent()).resolves.toContain('279/UBND-LĐTBXH');

  // The commune completes its task from the task page, one report at a time.
  const agency = await pageAs(system.tokens.agency['ubnd-xa-bao-son']!);
  await expect(agency.locator('h1').textContent()).resolves.toBe('Nhiệm vụ của UBND xã Bảo Sơn');
  await agency.getByRole('link', { name: /Thực hiện đầy đủ chế độ thông tin, báo cáo/ }).click();
  for (const number of ['45/BC-UBND', '112/BC-UBND']) {
    await agency.getByLabel('Số văn bản báo cáo').fill(number);
    await agency.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await agency.getByText('Đã báo cáo hoàn thành.').waitFor();
    await expect(agency.getByRole('region', { name: 'Các kỳ hạn' }).textContent()).resolves.toContain(number);
  }
  await expect(agency.locator('[data-field="status"]').textContent()).resolves.toBe('Hoàn thành trễ hạn');

  // The overview changes: no longer overdue, two late completions in 2015, the action among the latest.
  await eventually(async () => {
    await supervisor.goto(`${system.dashboard}/?tu=2015-01-01&den=2015-12-31`);
    return (await overdueCell(supervisor, 'UBND xã Bảo Sơn').count()) === 0;
  }, 'UBND xã Bảo Sơn gone from the overdue table');
  const rate = supervisor.getByRole('region', { name: /Tỉ lệ hoàn thành đúng hạn theo đơn vị/ }).getByRole('row', { name: /UBND xã Bảo Sơn/ });
  await expect(rate.locator('td').allTextContents()).resolves.toEqual(['UBND xã Bảo Sơn', '2', '0', '2', '0', '0%']);
  await expect(supervisor.getByRole('region', { name: 'Hoạt động gần đây' }).textContent()).resolves.toContain('UBND xã Bảo Sơn');
});
