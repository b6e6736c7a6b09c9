/**
 * Seed 003 (Công văn 279/UBND-LĐTBXH, 26/03/2015): item 7's reports "trước ngày 20/4 và 30/10 năm 2015" are two
 * occurrences of one task, nominal 19/4 (a Sunday ⇒ due Monday 20/4/2015) and 29/10/2015 (a Thursday). Each
 * runs its own ladder; completing the first does not touch the second. The agency's Zalo rejects every
 * message: the Zalo-only −2 step falls back to email, and the history says so.
 *
 * Ladder days (−5, −2, 0, +1, +5 working days): 13/4, 16/4 for the first (completed 16/4 after the −2
 * reminder); 22/10, 27/10, 29/10, 30/10 and 05/11/2015 for the second.
 */
import type { TaskView } from '../../workflows/types';
import { POLICY_ZALO_FIRST, seed003 } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

let t: WorkflowTestEnv;
let mid: TaskView;
let end: TaskView;

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2015-03-26T02:00:00Z' });
  t.recorder.failChannel({ channel: 'zalo', mode: 'rejected', reason: 'user-unreachable' });
  await t.worker.runUntil(async () => {
    const reg = await t.chidao.register(seed003(), { policyId: POLICY_ZALO_FIRST.id });
    const id = reg.taskWorkflowIds[0];
    await t.sleepUntil('2015-04-16T03:00:00Z');
    await t.chidao.act(id, { type: 'complete', input: { occurrence: 0, by: { kind: 'agency', id: 'ubnd-xa-bao-son' }, reportNumber: '15/BC-UBND' } });
    mid = await t.chidao.status(id);
    await t.sleepUntil('2015-11-10T03:00:00Z');
    end = await t.chidao.status(id);
  });
}, 120_000);

afterAll(async () => {
  await t?.env.teardown();
});

const sentDays = (v: TaskView, occurrence: number) =>
  [...new Set(v.reminders.filter((r) => r.status === 'sent' && r.dedupeKey.includes(`/o${occurrence}r0/`)).map((r) => `${r.stepId} ${r.at.slice(0, 10)}`))];

describe('seed 003: two reports of 2015, two ladders', () => {
  it('has occurrences due 20/4/2015 and 29/10/2015', () => {
    expect(end.occurrences.map((o) => [o.nominal, o.due])).toEqual([
      ['2015-04-19', '2015-04-20'],
      ['2015-10-29', '2015-10-29'],
    ]);
  });

  it('completing the first closes only the first', () => {
    expect(mid.occurrences[0].status).toBe('completed-on-time');
    expect(mid.occurrences[1].status).toBe('pending');
    expect(mid.occurrences[1].upcoming.map((u) => u.stepId)).toEqual(['d-5', 'd-2', 'd0', 'd+1', 'd+5']);
    expect(mid.nextDue).toBe('2015-10-29');
  });

  it('the first got its reminders up to the completion, the second its whole ladder', () => {
    expect(sentDays(end, 0)).toEqual(['d-5 2015-04-13', 'd-2 2015-04-16']);
    expect(sentDays(end, 1)).toEqual(['d-5 2015-10-22', 'd-2 2015-10-27', 'd0 2015-10-29', 'd+1 2015-10-30', 'd+5 2015-11-05']);
    expect(end.status).toBe('overdue');
    expect(end.occurrences[1].status).toBe('overdue');
  });

  it('a rejected Zalo message falls back to email, recorded in the history; nothing fails silently', () => {
    const d2 = end.reminders.filter((r) => r.stepId === 'd-2' && r.dedupeKey.includes('/o1r0/'));
    expect(d2.map((r) => [r.channel, r.status])).toEqual([
      ['zalo', 'fallback'],
      ['email', 'sent'],
    ]);
    expect(end.history.filter((e) => e.type === 'reminder-fallback' && e.occurrence === 1)).toHaveLength(1);
    // At the due-day step the email went anyway; the Zalo failure is recorded as such.
    const d0zalo = end.reminders.filter((r) => r.stepId === 'd0' && r.channel === 'zalo' && r.dedupeKey.includes('/o1r0/'));
    expect(d0zalo.length).toBeGreaterThan(0);
    expect(d0zalo.every((r) => r.status === 'failed' && r.reason?.startsWith('user-unreachable'))).toBe(true);
    expect(end.history.filter((e) => e.type === 'reminder-failed').length).toBe(d0zalo.length);
  });
});
