/**
 * Seed 000 registered late, on Monday 05/02/2018 (09:00 local): item 2.7 (due 19/01) is wholly past, item 2.1
 * (due 31/01) is past except its +5 step (07/02). No missed reminder is replayed: each task gets one overdue
 * notice at the next office slot (08:00 on 06/02, as 09:00 on 05/02 is after it), then goes on.
 * Two tasks without a date: "Khẩn trương ..." (2.2, Sở KH&ĐT) gets the default period of 10 working days from
 * registration, which Tết (14–20/02/2018 off) stretches to 26/02/2018; "Tiếp tục ..." (2.4, Sở TT&TT) is
 * checked through the periodic reports: the semiannual one, due 20/06/2018 by config/reporting.yaml
 * (Nghị định 09/2019/NĐ-CP: day 20 of the period's last month).
 */
import type { TaskView } from '../../workflows/types';
import { deadline, seed000, task } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

let t: WorkflowTestEnv;
const views: Record<string, TaskView> = {};

function spec() {
  const s = seed000();
  s.tasks.push(
    task('t3', '2.2', 'Khẩn trương phối hợp tham mưu triển khai Dự án Phát triển trẻ thơ toàn diện', ['so-khdt'], [
      deadline({ kind: 'none', phrase: 'Khẩn trương', urgent: true }),
    ]),
    task('t4', '2.4', 'Tiếp tục hướng dẫn các cơ quan thông tấn, báo chí tăng cường công tác tuyên truyền', ['so-tttt'], [
      deadline({ kind: 'none', phrase: 'Tiếp tục' }),
    ]),
  );
  return s;
}

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-02-05T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const reg = await t.chidao.register(spec());
    await t.sleepUntil('2018-02-08T03:00:00Z');
    for (const id of reg.taskWorkflowIds) views[id.split('/').slice(-2).join('/')] = await t.chidao.status(id);
  });
}, 120_000);

afterAll(async () => {
  await t?.env.teardown();
});

describe('late registration', () => {
  it('each late task gets exactly one overdue notice, at 08:00 on 06/02/2018, and no replay', () => {
    for (const key of ['t2/so-y-te', 't2/so-gddt', 't1/so-ldtbxh']) {
      const v = views[key];
      const steps = [...new Set(v.reminders.map((r) => r.stepId))];
      expect([key, steps[0]]).toEqual([key, 'late-notice']);
      expect(v.reminders.filter((r) => r.stepId === 'late-notice').every((r) => r.at.startsWith('2018-02-06T01:00'))).toBe(true);
      expect(v.status).toBe('overdue');
    }
    expect([...new Set(views['t2/so-y-te'].reminders.map((r) => r.stepId))]).toEqual(['late-notice']);
  });

  it('then goes on: item 2.1 still gets its +5 reminder on 07/02', () => {
    expect([...new Set(views['t1/so-ldtbxh'].reminders.map((r) => `${r.stepId} ${r.at.slice(0, 10)}`))]).toEqual([
      'late-notice 2018-02-06',
      'd+5 2018-02-07',
    ]);
  });

  it('"khẩn trương" with no date: due 10 working days after registration, across Tết', () => {
    const v = views['t3/so-khdt'];
    expect(v.occurrences.map((o) => o.due)).toEqual(['2018-02-26']);
    expect(v.status).toBe('pending');
  });

  it('"tiếp tục" with no date: checked at the next periodic (semiannual) report', () => {
    const v = views['t4/so-tttt'];
    expect(v.occurrences[0].due).toBe('2018-06-20');
    expect(v.reminders).toEqual([]);
  });
});
