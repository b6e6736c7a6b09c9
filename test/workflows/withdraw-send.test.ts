/**
 * A send that keeps failing is retried for up to 12 hours (task.ts). If the agency completes the task meanwhile,
 * the retries stop: the reminder it was owed before completing must not reach it afterwards.
 *
 * Seed 000, item 2.7, due 19/01/2018: Sở GD&ĐT's first reminder (d−5) is due 12/01/2018 08:00 local (01:00 UTC).
 */
import type { TaskView } from '../../workflows/types';
import { seed000 } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

let t: WorkflowTestEnv;
let view: TaskView;
let failedAttempts: number;

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  // Every email and Zalo message to Sở GD&ĐT's focal point fails (a transient error: retried).
  t.recorder.failChannel({ channel: 'email', contactIds: ['so-gddt:focal'], mode: 'transient' });
  t.recorder.failChannel({ channel: 'zalo', contactIds: ['so-gddt:focal'], mode: 'transient' });
  await t.worker.runUntil(async () => {
    const { taskWorkflowIds } = await t.chidao.register(seed000());
    const gddtId = taskWorkflowIds.find((id) => id.endsWith('/t2/so-gddt'))!;
    await t.sleepUntil('2018-01-12T03:00:00Z'); // two hours into the retries of the d−5 reminder
    failedAttempts = t.recorder.calls.filter((c) => c.outcome === 'error' && c.dedupeKey?.includes('/t2/so-gddt/o0r0/d-5/')).length;
    await t.chidao.act(gddtId, { type: 'complete', input: { by: { kind: 'agency', id: 'so-gddt' }, reportNumber: '7/SGDĐT', note: 'xong' } });
    t.recorder.clearFailures(); // the mail server is back: a retry still pending would now succeed
    await t.sleepUntil('2018-01-13T03:00:00Z');
    view = await t.chidao.status(gddtId);
  });
}, 120_000);

afterAll(async () => {
  await t?.env.teardown();
});

describe('a reminder being retried when the agency completes', () => {
  it('was being retried before the completion', () => {
    expect(failedAttempts).toBeGreaterThan(1);
  });

  it('is withdrawn: never delivered after the completion, and the history says so', () => {
    expect(view.status).toBe('completed-on-time');
    expect(t.recorder.sends().filter((c) => c.dedupeKey!.includes('/t2/so-gddt/o0r0/d-5/'))).toEqual([]);
    expect(view.reminders.filter((r) => r.stepId === 'd-5' && r.status === 'sent')).toEqual([]);
    const withdrawn = view.history.filter((e) => e.type === 'reminder-withdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].summary).toMatch(/d-5/);
  });
});
