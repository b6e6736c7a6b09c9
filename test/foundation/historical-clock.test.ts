/** Proof: the test server's clock starts at the instant a test chooses (the seeds are from 2015–2024). */
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import path from 'node:path';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import { startInstant } from './workflows';

const ISSUED = '2018-01-09T08:00:00+07:00';
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await startTimeSkippingEnv({ initialTime: ISSUED });
});
afterAll(async () => {
  await env?.teardown();
});

it('starts a workflow at 2018-01-09T08:00+07:00 when the server is launched there', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'foundation-clock',
    workflowBundle: await workflowBundle(path.join(__dirname, 'workflows.ts')),
  });
  const seen = await worker.runUntil(
    env.client.workflow.execute(startInstant, { workflowId: 'start-instant', taskQueue: 'foundation-clock' }),
  );

  // The server clock runs on from the chosen instant in real time: allow the seconds of the setup.
  const issued = Date.parse(ISSUED);
  expect(seen.startTime).toBeGreaterThanOrEqual(issued);
  expect(seen.startTime - issued).toBeLessThan(60_000);
  expect(new Date(seen.now).toISOString().slice(0, 10)).toBe('2018-01-09');
});

it('reads and moves the server clock with env.currentTimeMs and env.sleep', async () => {
  const before = await env.currentTimeMs();
  expect(new Date(before).getUTCFullYear()).toBe(2018);
  await env.sleep('10 days');
  expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(10 * 24 * 3600 * 1000);
});
