/**
 * How to change a workflow while runs of it are open (chidao's task workflows live for months): put the new
 * commands behind patched(). A version-1 history replays under version 2 with the patch, and fails to replay
 * under the same change made without it; a run started under version 1 and finished under version 2 keeps
 * version 1's behaviour, while new runs get the new one.
 */
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import path from 'node:path';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import type { ExampleActivities } from './patching/activities';

const dir = path.join(__dirname, 'patching');
let env: TestWorkflowEnvironment;
const calls: string[] = [];
const activities: ExampleActivities = {
  sendEmail: async (step) => void calls.push(`email ${step}`),
  sendZalo: async (step) => void calls.push(`zalo ${step}`),
};

beforeAll(async () => {
  env = await startTimeSkippingEnv({ initialTime: '2018-01-09T01:00:00Z' });
}, 60_000);
afterAll(async () => {
  await env?.teardown();
});

const worker = async (version: string, taskQueue: string) =>
  Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    activities,
    workflowBundle: await workflowBundle(path.join(dir, `${version}.ts`)),
    // No sticky cache: the version-1 worker is gone when its run's timer fires, so the next workflow task must
    // go to the shared queue at once (a task on a dead worker's sticky queue stalls the test server's clock).
    maxCachedWorkflows: 0,
  });

it('patched() keeps old runs on the old path and sends new runs down the new one', async () => {
  const taskQueue = 'patching';
  // A run starts under version 1 and reaches its 5-day timer.
  const v1 = await worker('v1', taskQueue);
  const old = await v1.runUntil(async () => {
    const h = await env.client.workflow.start('twoStepReminder', { workflowId: 'old-run', taskQueue });
    for (;;) {
      const history = await h.fetchHistory();
      if (history.events?.some((e) => e.timerStartedEventAttributes)) return h;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  expect(calls).toEqual(['email d-5']);

  // Version 2 is deployed; the old run finishes under it, and a new run starts.
  calls.length = 0;
  const v2 = await worker('v2', taskQueue);
  await v2.runUntil(async () => {
    await old.result();
    expect(calls).toEqual(['email d0']);
    calls.length = 0;
    await env.client.workflow.execute('twoStepReminder', { workflowId: 'new-run', taskQueue });
    expect(calls).toEqual(['email d-5', 'zalo d-5', 'email d0']);
  });

  // Both histories replay under version 2; the old one fails under the unpatched change.
  const histories = [
    { workflowId: 'old-run', history: await old.fetchHistory() },
    { workflowId: 'new-run', history: await env.client.workflow.getHandle('new-run').fetchHistory() },
  ];
  const replay = async (version: string) => {
    const out: Record<string, unknown> = {};
    for await (const r of Worker.runReplayHistories({ workflowBundle: await workflowBundle(path.join(dir, `${version}.ts`)) }, histories)) {
      out[r.workflowId] = r.error ?? null;
    }
    return out;
  };
  expect(await replay('v2')).toEqual({ 'old-run': null, 'new-run': null });
  const unsafe = await replay('v2-unsafe');
  expect(unsafe['old-run']).toBeInstanceOf(DeterminismViolationError);
}, 120_000);
