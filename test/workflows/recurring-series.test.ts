/**
 * A monthly report ("định kỳ ít nhất 01 lần/tháng", seed 001 item 4) due the last day of each month, run for 36
 * months (January 2019 – December 2021). The agency reports on each due day except June 2019's, which stays
 * overdue. The series continues as new every 6 occurrences: every occurrence is reminded, each run's history
 * stays bounded, and status and history carry over the hand-overs. The histories are then replayed against
 * the workflow bundle (determinism).
 *
 * Due days from the rules: the last day of the month, moved to the next working day when it is a day off
 * (Civil Code art. 148): 30/4 is Reunification Day and 1/5 Labour Day, so April 2019 is due Thursday 02/05/2019,
 * April 2020 Monday 04/05/2020 (1–3/5 Friday to Sunday), April 2021 Tuesday 04/05/2021 (Monday 03/05 was the
 * compensatory day for 1/5 on a Saturday); February 2021 ends on a Sunday ⇒ Monday 01/03/2021.
 */
import { Worker } from '@temporalio/worker';
import type { temporal } from '@temporalio/proto';
import type { ReminderMessage } from '../../activities/contract';
import type { TaskView } from '../../workflows/types';
import { workflowBundle } from '../harness';
import { seed001Monthly } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

let t: WorkflowTestEnv;
let taskId: string;
let directiveId: string;
let final: TaskView;
const runs: temporal.api.history.v1.IHistory[] = [];
const statusesAtDue: string[] = [];

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2019-01-02T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const reg = await t.chidao.register(seed001Monthly('2019-01-02'));
    directiveId = reg.directiveId;
    taskId = reg.taskWorkflowIds[0];
    await t.sleepUntil('2019-01-02T02:01:00Z');
    const firstRunId = (await t.env.client.workflow.getHandle(taskId).describe()).runId;
    for (let month = 0; month < 36; month++) {
      const v = await t.chidao.status(taskId);
      const open = v.occurrences.filter((o) => o.status !== 'completed-on-time' && o.status !== 'completed-late' && o.index >= month);
      const occ = open.find((o) => o.index === month)!;
      await t.sleepUntil(`${occ.due}T03:00:00Z`);
      statusesAtDue.push((await t.chidao.status(taskId)).occurrences.find((o) => o.index === month)?.status ?? 'missing');
      if (month !== 5) {
        await t.chidao.act(taskId, { type: 'complete', input: { occurrence: month, by: { kind: 'agency', id: 'bao-kon-tum' }, reportNumber: `${month + 1}/BC-BKT` } });
      }
    }
    await t.sleepUntil('2022-01-20T03:00:00Z');
    final = await t.chidao.status(taskId);
    // Follow the continue-as-new chain from the first run.
    let runId: string | undefined = firstRunId;
    const seenRuns = new Set<string>();
    while (runId && !seenRuns.has(runId)) {
      seenRuns.add(runId);
      const history = await t.env.client.workflow.getHandle(taskId, runId).fetchHistory();
      runs.push(history);
      const last = history.events?.at(-1);
      runId = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    }
  });
}, 400_000);

afterAll(async () => {
  await t?.env.teardown();
});

describe('a monthly series over 36 months', () => {
  it('materialises the 36 months with the due days the rules give', () => {
    const byIndex = new Map<number, ReminderMessage>();
    for (const c of t.recorder.sends()) if (!byIndex.has(c.message!.occurrence.index)) byIndex.set(c.message!.occurrence.index, c.message!);
    const occurrences = [...byIndex.values()].filter((m) => m.occurrence.index < 36).sort((a, b) => a.occurrence.index - b.occurrence.index);
    expect(occurrences.map((m) => m.occurrence.nominal)).toEqual(
      Array.from({ length: 36 }, (_, i) => lastDayOfMonth(2019 + Math.floor(i / 12), (i % 12) + 1)),
    );
    const due = Object.fromEntries(occurrences.map((m) => [m.occurrence.nominal, m.occurrence.due]));
    expect(due['2019-04-30']).toBe('2019-05-02');
    expect(due['2020-04-30']).toBe('2020-05-04');
    expect(due['2021-04-30']).toBe('2021-05-04');
    expect(due['2021-02-28']).toBe('2021-03-01');
    expect(due['2019-01-31']).toBe('2019-01-31');
  });

  it('reminds every occurrence: the −5, −2 and due-day steps of each of the 36', () => {
    for (let n = 0; n < 36; n++) {
      const steps = new Set(t.recorder.sends().filter((c) => c.dedupeKey!.includes(`/o${n}r0/`)).map((c) => c.message!.step.id));
      expect([n, ['d-5', 'd-2', 'd0'].every((s) => steps.has(s))]).toEqual([n, true]);
    }
  });

  it('continues as new every 6 occurrences, each run with a bounded history', () => {
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const h of runs) expect(h.events!.length).toBeLessThan(800);
    expect(final.run).toBe(runs.length);
  });

  it('keeps status and history across the hand-overs', () => {
    expect(statusesAtDue.every((s) => s === 'pending')).toBe(true);
    const june = final.occurrences.find((o) => o.index === 5);
    expect(june?.status).toBe('overdue');
    expect(final.status).toBe('overdue');
    expect(final.history.length).toBeLessThanOrEqual(260);
    expect(final.history.some((e) => e.type === 'completed' && e.occurrence === 35)).toBe(true);
    expect(final.occurrences.filter((o) => o.status === 'completed-on-time').length).toBeGreaterThan(0);
  });

  it('replays every run of the series, and the directive, against the workflow bundle', async () => {
    const directiveHistory = await t.env.client.workflow.getHandle(directiveId).fetchHistory();
    const histories = [...runs.map((h, i) => ({ workflowId: `${taskId}#${i}`, history: h })), { workflowId: directiveId, history: directiveHistory }];
    const results: { workflowId: string; error?: unknown }[] = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories)) results.push(r);
    expect(results.map((r) => [r.workflowId, r.error ?? null])).toEqual(histories.map((h) => [h.workflowId, null]));
  });
});
