/**
 * The daily digest: each supervisor gets, for the agencies they oversee, the overdue tasks by agency, the tasks
 * due within five working days (Tết 2018 counted out) and the extensions waiting, over a real SMTP conversation.
 * Task status comes through a ChidaoClient; here an in-memory one that applies the same filters as visibility.
 */
import { createHash } from 'node:crypto';
import type { ChidaoClient, OverdueByAgency, TaskListFilter, TaskSummary } from '../../client/types';
import type { TaskView } from '../../workflows/types';
import { createSendDigest } from '../../activities/digest';
import { createMailer } from '../../activities/email';
import { loadCalendar } from '../../config/calendar';
import { parseDirectory } from '../../config/directory';
import { parseSmtpConfig } from '../../config/smtp';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';

const directory = parseDirectory({
  agencies: {
    path: 'agencies.yaml',
    text: `
jurisdictions:
  - { id: kon-tum, name: tỉnh Kon Tum, mentions: [Kon Tum] }
agencies:
  - { id: kt-ubnd, name: Ủy ban nhân dân tỉnh Kon Tum, jurisdiction: kon-tum }
  - { id: kt-vpubnd, name: Văn phòng UBND tỉnh, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-sldtbxh, name: Sở Lao động - Thương binh và Xã hội, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-syt, name: Sở Y tế, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-stc, name: Sở Tài chính, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-mttq, name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, jurisdiction: kon-tum }
`,
  },
  contacts: {
    path: 'contacts.yaml',
    text: `
contacts: {}
supervisors:
  - { id: cvp, name: Lê Quang Minh, agency: kt-vpubnd, email: cvp@vp.kontum.example.invalid, oversees: [kt-ubnd] }
  - { id: pvp-kgvx, name: Nguyễn Đình Cầu, agency: kt-vpubnd, email: cau@vp.kontum.example.invalid, oversees: [kt-sldtbxh, kt-syt] }
  - { id: pvp-mttq, name: Phó Văn phòng khối đoàn thể, agency: kt-vpubnd, email: doanthe@vp.kontum.example.invalid, oversees: [kt-mttq] }
`,
  },
});

interface Row extends TaskSummary {
  text: string;
}
const row = (workflowId: string, agency: string, status: TaskSummary['status'], nextDue: string | null, overdue: boolean, text: string): Row => ({
  workflowId,
  directiveId: 'kt-vpubnd:46-TB-VP:2018-01-09',
  agencyIds: [agency],
  status,
  nextDue,
  overdue,
  running: true,
  text,
});
const TASKS: Row[] = [
  row('t1', 'kt-sldtbxh', 'overdue', '2018-01-31', true, 'Hoàn chỉnh báo cáo kết quả năm 2017'),
  row('t2', 'kt-stc', 'overdue', '2018-02-09', true, 'Bố trí kinh phí thực hiện Chương trình'),
  row('t3', 'kt-syt', 'pending', '2018-02-26', false, 'Kiểm tra an toàn thực phẩm tại trường học'),
  row('t4', 'kt-syt', 'pending', '2018-02-27', false, 'Rà soát công tác dân số'),
  row('t5', 'kt-sldtbxh', 'extension-requested', '2018-02-13', false, 'Gửi dự thảo Chương trình công tác năm 2018'),
  row('t6', 'kt-syt', 'completed-on-time', '2018-02-13', false, 'Đã xong'),
];

/** list/overdueByAgency/status with the semantics of client/query.ts over TASKS. */
const client: Pick<ChidaoClient, 'list' | 'overdueByAgency' | 'status'> = {
  async list(f: TaskListFilter = {}) {
    return TASKS.filter(
      (t) =>
        (!f.agencyId || t.agencyIds.includes(f.agencyId)) &&
        (!f.status?.length || f.status.includes(t.status)) &&
        (!f.dueFrom || (t.nextDue !== null && t.nextDue >= f.dueFrom)) &&
        (!f.dueTo || (t.nextDue !== null && t.nextDue <= f.dueTo)) &&
        (f.overdue === undefined || t.overdue === f.overdue),
    );
  },
  async overdueByAgency(): Promise<OverdueByAgency[]> {
    const by = new Map<string, string[]>();
    for (const t of TASKS.filter((x) => x.overdue)) for (const a of t.agencyIds) by.set(a, [...(by.get(a) ?? []), t.workflowId]);
    return [...by].map(([agencyId, workflowIds]) => ({ agencyId, count: workflowIds.length, workflowIds }));
  },
  async status(id: string) {
    const t = TASKS.find((x) => x.workflowId === id);
    if (!t) throw new Error(`no task ${id}`);
    return { workflowId: id, text: t.text, nextDue: t.nextDue } as TaskView;
  },
};

let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp({ refuseRecipient: (a) => (a.startsWith('doanthe@') ? { code: 550, message: '5.1.1 no such mailbox' } : null) });
});
afterAll(() => smtp.close());

test('each supervisor gets their agencies: overdue by agency, due within five working days past Tết, extensions waiting', async () => {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const sendDigest = createSendDigest({
    client,
    calendar: loadCalendar,
    directory: () => directory,
    mailer,
    officeName: 'Văn phòng UBND tỉnh Kon Tum',
    dashboardUrl: 'https://chidao.kontum.example.invalid',
  });
  // Monday 12/02/2018, 07:30 in Kon Tum. Working days after it: 13/02, then Tết (14–20/02), 21, 22, 23, 26/02.
  const result = await sendDigest({ asOf: '2018-02-12T00:30:00.000Z' });
  mailer.close();

  expect(result).toEqual({ recipients: 2, overdue: 2, dueSoon: 1, extensionsWaiting: 1, failed: [] });
  const byTo = new Map(smtp.messages.map((m) => [m.envelopeTo[0], m.parsed]));
  expect([...byTo.keys()].sort()).toEqual(['cau@vp.kontum.example.invalid', 'cvp@vp.kontum.example.invalid']);

  const pvp = byTo.get('cau@vp.kontum.example.invalid');
  expect(pvp?.subject).toBe('[Tổng hợp] Tình hình thực hiện nhiệm vụ ngày 12/02/2018: 1 quá hạn, 1 sắp đến hạn, 1 chờ gia hạn');
  const text = pvp?.text ?? '';
  expect(text).toContain('Sở Lao động - Thương binh và Xã hội: 1');
  expect(text).toContain('Hoàn chỉnh báo cáo kết quả năm 2017 (hạn Thứ Tư, 31/01/2018)');
  expect(text).toContain('Kiểm tra an toàn thực phẩm tại trường học — Sở Y tế (hạn Thứ Hai, 26/02/2018)');
  expect(text).not.toContain('Rà soát công tác dân số');
  expect(text).toContain('Gửi dự thảo Chương trình công tác năm 2018 — Sở Lao động - Thương binh và Xã hội');
  expect(text).toContain('https://chidao.kontum.example.invalid/dashboard/task?id=t1');
  expect(pvp?.messageId).toBe(`<chidao.${createHash('sha256').update('digest|pvp-kgvx|2018-02-12').digest('hex').slice(0, 40)}@kontum.example.invalid>`);

  const cvp = byTo.get('cvp@vp.kontum.example.invalid');
  expect(cvp?.subject).toBe('[Tổng hợp] Tình hình thực hiện nhiệm vụ ngày 12/02/2018: 1 quá hạn, 0 sắp đến hạn, 0 chờ gia hạn');
  expect(cvp?.text).toContain('Sở Tài chính: 1');
  expect(cvp?.text).not.toContain('Sở Lao động');
});

test('a supervisor the mail server refuses is reported; the others still get theirs', async () => {
  smtp.messages.length = 0;
  const withMttq = { ...TASKS[1], workflowId: 't7', agencyIds: ['kt-mttq'], text: 'Phối hợp tuyên truyền' };
  TASKS.push(withMttq);
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const warnings: string[] = [];
  const sendDigest = createSendDigest({
    client,
    calendar: loadCalendar,
    directory: () => directory,
    mailer,
    officeName: 'Văn phòng UBND tỉnh Kon Tum',
    dashboardUrl: 'https://chidao.kontum.example.invalid',
    logger: { warn: (m) => warnings.push(m) },
  });
  const result = await sendDigest({ asOf: '2018-02-12T00:30:00.000Z' });
  mailer.close();
  TASKS.pop();
  expect(result.failed).toEqual([{ contactId: 'pvp-mttq', reason: 'bad-address' }]);
  expect(result.recipients).toBe(2);
  expect(smtp.messages).toHaveLength(2);
  expect(warnings.some((w) => w.includes('Phó Văn phòng khối đoàn thể'))).toBe(true);
});
