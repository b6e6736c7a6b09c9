/**
 * calendar/ inside a real workflow on the time-skipping server gives the same plan and occurrences as outside it,
 * and the workflow's timer wakes at the first planned send (the Java test server skips the weeks in between).
 */
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createCalendar } from '../../calendar';
import { loadHolidayData } from '../../config/holidays';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import { calendarProbe } from './calendarWorkflow';
import { defaultPolicy, HOLIDAYS_DIR } from './fixtures';

// The day seed 000 was issued: 09/01/2018, 08:00 local.
const START = '2018-01-09T08:00:00+07:00';
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await startTimeSkippingEnv({ initialTime: START });
});
afterAll(async () => {
  await env?.teardown();
});

it('plans the same reminders inside the sandbox as outside', async () => {
  const data = loadHolidayData(HOLIDAYS_DIR);
  const input = {
    data,
    due: '2018-02-16',
    policy: defaultPolicy(),
    rule: { freq: 'reporting' as const, periods: ['semiannual' as const, 'annual' as const] },
    after: '2018-01-09',
  };
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'calendar-sandbox',
    workflowBundle: await workflowBundle(path.join(__dirname, 'calendarWorkflow.ts')),
  });
  const result = await worker.runUntil(
    env.client.workflow.execute(calendarProbe, { workflowId: 'calendar-probe', taskQueue: 'calendar-sandbox', args: [input] }),
  );

  const outside = createCalendar(data);
  expect(result.plan).toEqual(outside.planReminders({ due: input.due, policy: input.policy, registeredAt: result.registeredAt, keyPrefix: 'probe' }));
  expect(result.occurrences).toEqual([...takeN(outside.occurrences(input.rule, input.after), 6)]);
  // Lunar dates work in the sandbox too (date-chinese at UTC+7).
  expect(result.tet2030).toBe('Tết Nguyên Đán');
  // Registered on 09/01/2018: nothing past, the first send is 5 working days before 21/02/2018 → 07/02 08:00.
  expect(result.plan[0]).toMatchObject({ stepId: 'truoc-5', at: '2018-02-07T01:00:00.000Z' });
  expect(Date.parse(result.wokeAt)).toBeGreaterThanOrEqual(Date.parse('2018-02-07T01:00:00.000Z'));
  expect(Date.parse(result.wokeAt) - Date.parse('2018-02-07T01:00:00.000Z')).toBeLessThan(60_000);
});

function* takeN<T>(it: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const x of it) {
    if (i++ >= n) return;
    yield x;
  }
}
