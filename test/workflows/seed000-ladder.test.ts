/**
 * Seed 000 (Thông báo 46/TB-VP, 09/01/2018) registered the day it was issued. Item 2.7 is due "trước ngày
 * 20/01/2018" ⇒ 19/01/2018. The policy's steps −5, −2, 0, +1, +5 working days at 08:00 local (01:00 UTC)
 * fall on 12/01, 17/01, 19/01, 22/01 and 26/01/2018 (Monday 01/01 was the only holiday; weekends skipped).
 */
import type { TaskView } from '../../workflows/types';
import { seed000 } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

const PLANNED = {
  'd-5': '2018-01-12T01:00:00.000Z',
  'd-2': '2018-01-17T01:00:00.000Z',
  d0: '2018-01-19T01:00:00.000Z',
  'd+1': '2018-01-22T01:00:00.000Z',
  'd+5': '2018-01-26T01:00:00.000Z',
} as const;

let t: WorkflowTestEnv;
let yte: TaskView;
let gddt: TaskView;
let registeredIds: string[];
let second: { created: boolean; taskWorkflowIds: string[] };

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const first = await t.chidao.register(seed000());
    registeredIds = first.taskWorkflowIds;
    second = await t.chidao.register(seed000());
    const yteId = registeredIds.find((id) => id.endsWith('/t2/so-y-te'))!;
    const gddtId = registeredIds.find((id) => id.endsWith('/t2/so-gddt'))!;
    await t.sleepUntil('2018-01-18T03:00:00Z');
    await t.chidao.act(yteId, { type: 'acknowledge', input: { by: { kind: 'agency', id: 'so-y-te' } } });
    await t.chidao.act(yteId, {
      type: 'complete',
      input: { by: { kind: 'agency', id: 'so-y-te' }, reportNumber: '123/SYT-KHTC', note: 'Đã gửi số liệu' },
    });
    await t.sleepUntil('2018-01-29T03:00:00Z');
    yte = await t.chidao.status(yteId);
    gddt = await t.chidao.status(gddtId);
  });
}, 120_000);

afterAll(async () => {
  await t?.env.teardown();
});

function sendsByStep(view: TaskView): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of view.reminders) if (r.status === 'sent') out[r.stepId] = (out[r.stepId] ?? 0) + 1;
  return out;
}

describe('seed 000, item 2.7 due 19/01/2018', () => {
  it('registers one task workflow per (task, lead agency); registering again creates nothing', () => {
    expect(registeredIds.map((id) => id.split('/').slice(-2).join('/')).sort()).toEqual(['t1/so-ldtbxh', 't2/so-gddt', 't2/so-y-te']);
    expect(second.created).toBe(false);
    expect(second.taskWorkflowIds.sort()).toEqual([...registeredIds].sort());
  });

  it('the agency that completes on 18/01 got the −5 and −2 reminders only, and is "hoàn thành đúng hạn"', () => {
    expect(yte.status).toBe('completed-on-time');
    expect(sendsByStep(yte)).toEqual({ 'd-5': 1, 'd-2': 2 });
    expect(yte.occurrences[0].reportNumber).toBe('123/SYT-KHTC');
    expect(yte.occurrences[0].upcoming).toEqual([]);
  });

  it('the agency that never answers is chased up to the head, the supervisor and the leader, each at the planned instant', () => {
    expect(gddt.status).toBe('overdue');
    expect(gddt.overdue).toBe(true);
    // d0: focal and head, email and Zalo, plus a copy to the coordinating Sở LĐTBXH on both channels.
    expect(sendsByStep(gddt)).toEqual({ 'd-5': 1, 'd-2': 2, d0: 6, 'd+1': 2, 'd+5': 2 });
    const roles = (step: string) => [...new Set(gddt.reminders.filter((r) => r.stepId === step).map((r) => r.recipient.split(':')[1]))].sort();
    expect(roles('d+1')).toEqual(['head', 'supervisor']);
    expect(roles('d+5')).toEqual(['leader', 'supervisor']);
    for (const r of gddt.reminders) {
      const planned = Date.parse(PLANNED[r.stepId as keyof typeof PLANNED]);
      expect(Date.parse(r.at)).toBeGreaterThanOrEqual(planned);
      expect(Date.parse(r.at) - planned).toBeLessThan(5 * 60_000);
    }
  });

  it('the deadline passes at 24:00 local of 19/01 (17:00 UTC), not before', () => {
    const overdue = gddt.history.find((e) => e.type === 'overdue')!;
    expect(Date.parse(overdue.at)).toBeGreaterThanOrEqual(Date.parse('2018-01-19T17:00:00Z'));
    expect(Date.parse(overdue.at) - Date.parse('2018-01-19T17:00:00Z')).toBeLessThan(60_000);
  });

  it('every send carries a distinct dedupe key (task, occurrence, step, recipient, channel)', () => {
    const keys = t.recorder.sends().map((c) => c.dedupeKey!);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`${gddt.workflowId}/o0r0/d+5/so-gddt:leader/email`);
  });
});
