/**
 * When sends go out (TaskOptions.sendSpreadSeconds, prepareMinutesAhead): each send keeps its planned minute but
 * goes out at its own second of it, and its recipients are looked up 15 minutes before, so that at the instant the
 * workflow only sends. Read from the workflow's own history (event times are the server's, i.e. workflow time).
 *
 * Seed 000, item 2.7, due 19/01/2018: the policy's d0 step is 19/01 08:00 local = 01:00 UTC (see seed000-ladder).
 */
import { temporal } from '@temporalio/proto';
import { seed000 } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

const D0 = Date.parse('2018-01-19T01:00:00.000Z');
const EventType = temporal.api.enums.v1.EventType;

let t: WorkflowTestEnv;
let gddtEvents: temporal.api.history.v1.IHistoryEvent[];
let yteSendsD0: number;
let yteStatus: string;

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const { taskWorkflowIds } = await t.chidao.register(seed000());
    const yteId = taskWorkflowIds.find((id) => id.endsWith('/t2/so-y-te'))!;
    const gddtId = taskWorkflowIds.find((id) => id.endsWith('/t2/so-gddt'))!;
    // 07:50 local on the due day: after the d0 recipients were looked up (07:45), before the d0 send (08:00).
    await t.sleepUntil('2018-01-19T00:50:00Z');
    await t.chidao.act(yteId, { type: 'complete', input: { by: { kind: 'agency', id: 'so-y-te' }, reportNumber: '9/SYT', note: 'xong' } });
    await t.sleepUntil('2018-01-19T03:00:00Z');
    const yte = await t.chidao.status(yteId);
    yteStatus = yte.status;
    yteSendsD0 = yte.reminders.filter((r) => r.stepId === 'd0').length;
    const history = await t.env.client.workflow.getHandle(gddtId).fetchHistory();
    gddtEvents = history.events ?? [];
  });
}, 120_000);

afterAll(async () => {
  await t?.env.teardown();
});

const ms = (e: temporal.api.history.v1.IHistoryEvent) => Number(e.eventTime!.seconds) * 1000 + Math.floor((e.eventTime!.nanos ?? 0) / 1e6);
const scheduled = (type: string) =>
  gddtEvents.filter((e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED && e.activityTaskScheduledEventAttributes?.activityType?.name === type);

describe('the d0 step of seed 000 item 2.7 (19/01/2018 08:00 local)', () => {
  it('sends within the planned minute, every send of the step at the same second, none before 08:00', () => {
    const d0Sends = t.recorder.sends().filter((c) => c.dedupeKey!.includes('/t2/so-gddt/o0r0/d0/'));
    expect(d0Sends.length).toBe(6); // focal and head, email and Zalo, and the coordinating agency's copy
    const at = new Set(d0Sends.map((c) => Date.parse(c.message!.scheduledAt!)));
    expect(at.size).toBe(1);
    const second = [...at][0];
    expect(second).toBeGreaterThanOrEqual(D0);
    expect(second).toBeLessThan(D0 + 60_000);
    const sendEvents = [...scheduled('sendEmail'), ...scheduled('sendZalo')].filter((e) => ms(e) >= D0 - 3_600_000 && ms(e) < D0 + 3_600_000);
    expect(sendEvents.length).toBe(6);
    for (const e of sendEvents) expect(ms(e)).toBeGreaterThanOrEqual(second);
  });

  it('looked up its recipients 15 minutes ahead, so at the instant only the sends were scheduled', () => {
    const lookups = scheduled('resolveRecipients').filter((e) => ms(e) >= D0 - 3_600_000 && ms(e) < D0 + 3_600_000);
    expect(lookups.length).toBe(1);
    expect(ms(lookups[0])).toBeLessThanOrEqual(D0 - 15 * 60_000 + 60_000);
    expect(ms(lookups[0])).toBeGreaterThanOrEqual(D0 - 15 * 60_000);
  });

  it('an agency that completes after the lookup and before the instant gets no d0 reminder', () => {
    expect(yteStatus).toBe('completed-on-time');
    expect(yteSendsD0).toBe(0);
  });
});
