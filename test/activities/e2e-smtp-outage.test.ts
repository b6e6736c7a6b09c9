/**
 * SMTP down for an hour around the first reminder, then up, with Temporal's own retry policy doing the retries
 * on the time-skipping server: the reminder is delivered once, and the task history says sent.
 * Seed 000 item 2.7 (due 19/01/2018): the −5 step goes out Friday 12/01/2018 08:00 local (01:00 UTC).
 */
import type { TaskView } from '../../workflows/types';
import { POLICY } from '../workflows/fixtures';
import { realSendersEnv, seed000Item27, type RealSendersEnv } from './e2e-setup';

let t: RealSendersEnv;
let view: TaskView;
let attemptsWhileDown = 0;

beforeAll(async () => {
  t = await realSendersEnv({ initialTime: '2018-01-09T02:00:00Z', policy: POLICY });
  await t.worker.runUntil(async () => {
    const registered = await t.chidao.register(seed000Item27());
    await t.sleepUntil('2018-01-12T00:30:00Z');
    await t.smtp.stop();
    const before = t.smtp.connections;
    await t.sleepUntil('2018-01-12T01:30:00Z');
    attemptsWhileDown = t.smtp.connections - before;
    await t.sleepUntil('2018-01-12T02:00:00Z');
    await t.smtp.start();
    await t.sleepUntil('2018-01-12T05:00:00Z');
    view = await t.chidao.status(registered.taskWorkflowIds[0]);
  });
}, 180_000);

afterAll(async () => {
  await t?.teardown();
});

test('the −5 reminder sent during an hour-long outage arrives once after it, recorded as sent', () => {
  expect(attemptsWhileDown).toBe(0); // the server was really down: nothing connected
  // With a retry policy that gives up within the hour the reminder is lost (recorded as failed): say which.
  expect(view.reminders.filter((r) => r.status !== 'sent')).toEqual([]);
  expect(t.smtp.messages.map((m) => m.envelopeTo[0])).toEqual(['tam.tm@sgddt.kontum.example.invalid']);
  const d5 = view.reminders.filter((r) => r.stepId === 'd-5');
  expect(d5).toEqual([expect.objectContaining({ status: 'sent', channel: 'email', recipient: 'kt-sgddt-dau-moi' })]);
  expect(Date.parse(d5[0].at)).toBeGreaterThanOrEqual(Date.parse('2018-01-12T02:00:00Z'));
});
