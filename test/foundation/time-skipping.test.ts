/** Proof: a 30-day durable timer completes in seconds on the Java time-skipping server. */
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import path from 'node:path';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import { sleeper } from './workflows';

const DAY = 24 * 3600 * 1000;
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await startTimeSkippingEnv();
});
afterAll(async () => {
  await env?.teardown();
});

it('runs a workflow that sleeps 30 days in under 10 s of wall time', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'foundation-sleep',
    workflowBundle: await workflowBundle(path.join(__dirname, 'workflows.ts')),
  });
  const wall = Date.now();
  const span = await worker.runUntil(
    env.client.workflow.execute(sleeper, { workflowId: 'sleep-30-days', taskQueue: 'foundation-sleep', args: ['30 days'] }),
  );
  const elapsed = Date.now() - wall;

  expect(span.endedAt - span.startedAt).toBeGreaterThanOrEqual(30 * DAY);
  expect(elapsed).toBeLessThan(10_000);
});
