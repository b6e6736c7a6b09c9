/**
 * End to end: seed 000 (Thông báo 46/TB-VP, 09/01/2018), item 2.7 "trước ngày 20/01/2018" ⇒ due Friday
 * 19/01/2018, lead Sở GD&ĐT, coordinating Sở LĐTB&XH, run by the task workflow on the time-skipping server with
 * the real activities: the shipped directory, a real SMTP conversation, the local Zalo server.
 *
 * Ladder (test policy: −5, −2 Zalo only, 0, +1, +5 working days at 08:00 local = 01:00 UTC) ⇒ 12/01, 17/01,
 * 19/01, 22/01, 26/01/2018. At −2 Zalo calls the focal point's phone invalid: the reminder falls back to email
 * and the task history says so. Before the due day the OA token is revoked: the three Zalo sends of that step
 * (in parallel) share one refresh.
 */
import { verifyActionToken } from '../../client/links';
import type { TaskView } from '../../workflows/types';
import type { ReceivedMail } from '../fakes/smtp';
import { POLICY_ZALO_FIRST } from '../workflows/fixtures';
import { realSendersEnv, seed000Item27, type RealSendersEnv } from './e2e-setup';
import { LINKS } from './fixtures';

let t: RealSendersEnv;
let view: TaskView;
let mails: ReceivedMail[];
let refreshesBeforeDueDay = -1;

beforeAll(async () => {
  t = await realSendersEnv({ initialTime: '2018-01-09T02:00:00Z', policy: POLICY_ZALO_FIRST });
  // The focal point's phone, at the −2 step only: Zalo says the number is invalid.
  t.zalo.zalo.script('84900000111', { error: -108, message: 'Phone number invalid' }, 1);
  await t.worker.runUntil(async () => {
    const registered = await t.chidao.register(seed000Item27());
    await t.sleepUntil('2018-01-18T03:00:00Z');
    refreshesBeforeDueDay = t.zalo.zalo.refreshes;
    t.zalo.zalo.expireAccessTokens();
    await t.sleepUntil('2018-01-29T03:00:00Z');
    view = await t.chidao.status(registered.taskWorkflowIds[0]);
  });
  mails = [...t.smtp.messages];
}, 180_000);

afterAll(async () => {
  await t?.teardown();
});

/** The status phrase each step's subject must carry: working days from the send day to Friday 19/01. */
const STEP_STATUS: [string, string][] = [
  ['d-5', 'Còn 5 ngày làm việc'],
  ['d-2', 'Còn 2 ngày làm việc'],
  ['d0', 'Đến hạn hôm nay'],
  ['d+1', 'Quá hạn 1 ngày làm việc'],
  ['d+5', 'Quá hạn 5 ngày làm việc'],
];

const TAM = 'tam.tm@sgddt.kontum.example.invalid'; // focal point, Sở GD&ĐT
const HOA = 'giamdoc@sgddt.kontum.example.invalid'; // head, Sở GD&ĐT
const HUONG = 'huong.nt@sldtbxh.kontum.example.invalid'; // focal point of the coordinating Sở LĐTB&XH
const CAU = 'cau.nd@vpubnd.kontum.example.invalid'; // Phó Chánh Văn phòng phụ trách KGVX
const NGA = 'pct.nga@ubnd.kontum.example.invalid'; // Phó Chủ tịch UBND tỉnh in charge

test('the emails arrive step by step, to the people the ladder names, each once', () => {
  const steps = mails.map((m) => STEP_STATUS.find(([, phrase]) => (m.parsed.subject ?? '').includes(`${phrase}:`))?.[0] ?? '?');
  const byStep = STEP_STATUS.map(([step]) => [step, mails.filter((_, i) => steps[i] === step).map((m) => m.envelopeTo[0]).sort()]);
  expect(byStep).toEqual([
    ['d-5', [TAM]],
    ['d-2', [TAM]], // Zalo refused the number; the reminder went by email instead
    ['d0', [HOA, HUONG, TAM].sort()],
    ['d+1', [CAU, HOA].sort()],
    ['d+5', [CAU, NGA].sort()],
  ]);
  // In the order of the ladder.
  const order = steps.map((s) => STEP_STATUS.findIndex(([id]) => id === s));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(mails.map((m) => m.parsed.messageId)).size).toBe(mails.length);
  expect(mails.every((m) => m.secure)).toBe(true);
});

test('the first reminder reads right and its links act on this task for Sở GD&ĐT', () => {
  const first = mails[0].parsed;
  expect(first.subject).toBe(
    '[Nhắc việc] Còn 5 ngày làm việc: Rà soát, tham gia ý kiến đối với các số liệu tại dự thảo các báo cáo và Chương… (TB số 46/TB-VP ngày 09/01/2018)',
  );
  expect(first.text).toContain('Thời hạn: Thứ Sáu, 19/01/2018');
  expect(first.text).toContain('Theo văn bản: «trước ngày 20/01/2018»');
  expect(first.text).toContain('Đơn vị chủ trì: Sở Giáo dục và Đào tạo');
  const urls = [...(first.text ?? '').matchAll(/https:\/\/chidao\.kontum\.example\.invalid\/a\/\S+/g)].map((m) => m[0]);
  expect(urls).toHaveLength(3);
  for (const u of urls) {
    const v = verifyActionToken(LINKS.secret, u, new Date('2018-01-12T02:00:00Z'));
    expect(v).toMatchObject({ ok: true, claims: { wid: view.workflowId, agency: 'kt-sgddt' } });
  }
});

test('Zalo: the invalid phone at −2 is recorded as a fallback; on the due day one refresh serves three parallel sends', () => {
  const fallback = view.reminders.find((r) => r.stepId === 'd-2' && r.channel === 'zalo');
  expect(fallback).toMatchObject({ status: 'fallback', recipient: 'kt-sgddt-dau-moi' });
  expect(fallback?.reason).toContain('invalid-phone');
  expect(view.reminders.find((r) => r.stepId === 'd-2' && r.channel === 'email')).toMatchObject({ status: 'sent', recipient: 'kt-sgddt-dau-moi' });
  expect(view.history.some((e) => e.type === 'reminder-fallback' && e.summary.includes('Trần Minh Tâm'))).toBe(true);

  expect(refreshesBeforeDueDay).toBe(0);
  expect(t.zalo.zalo.refreshes).toBe(1);
  expect(t.zalo.zalo.sent.map((s) => s.to).sort()).toEqual(['84900000101', '84900000111', '84900000112']);
  for (const s of t.zalo.zalo.sent) expect(s.templateData?.tinh_trang).toBe('Đến hạn hôm nay');
  // tracking_ids are distinct and recorded once each.
  expect(new Set(t.zalo.zalo.sent.map((s) => s.trackingId)).size).toBe(3);
});

test('the task history lists every send as sent, none failed', () => {
  const byStatus = view.reminders.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  // 1 + (1 fallback + 1 email) + 6 + 2 + 2 sends.
  expect(byStatus).toEqual({ sent: 12, fallback: 1 });
  expect(view.status).toBe('overdue');
});
