/**
 * Digest workflow: on every working day at office hours, asks the activities to send the supervisors'
 * digest (overdue, due soon, extensions waiting). One instance (DIGEST_WORKFLOW_ID), started by the worker.
 */
import { condition, continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CalendarSetup } from './calendar-port';
import type { ChidaoActivities } from '../activities/contract';
import type { ClockTime, Instant } from '../calendar/types';
import { calendarPort } from './calendar-port';
import { addDays, localDate, localDayStart } from './ladder';
import { digestReplanSignal } from './messages';

export interface DigestWorkflowInput {
  calendar: CalendarSetup;
  /** Local time the digest goes out, "07:30". */
  sendAt: ClockTime;
  /** Digests sent per run before continuing as new. */
  perRun?: number;
  /** Last digest day, carried over continue-as-new so no day is sent twice. */
  lastSent?: string;
}

const { sendDigest } = proxyActivities<ChidaoActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', maximumAttempts: 10 },
});

/** The next digest instant strictly after `lastSent`'s day and not before now. */
export function nextDigestAt(isWorkingDay: (d: string) => boolean, nowMs: number, sendAt: ClockTime, lastSent?: string): number {
  const [h, m] = sendAt.split(':').map(Number);
  let day = localDate(nowMs);
  for (let i = 0; i < 400; i++, day = addDays(day, 1)) {
    const at = localDayStart(day) + (h * 60 + m) * 60_000;
    if (lastSent && day <= lastSent) continue;
    if (isWorkingDay(day) && at >= nowMs - 60_000) return at;
  }
  throw new Error('no working day within 400 days');
}

export async function digestWorkflow(input: DigestWorkflowInput): Promise<void> {
  let calendar = input.calendar;
  let replanned = false;
  setHandler(digestReplanSignal, (r) => {
    if (r.calendar) {
      calendar = r.calendar;
      replanned = true;
    }
  });
  let lastSent = input.lastSent;
  const perRun = input.perRun ?? 30;
  for (let sent = 0; sent < perRun; ) {
    const at = nextDigestAt((d) => calendarPort(calendar).isWorkingDay(d), Date.now(), input.sendAt, lastSent);
    replanned = false;
    if (await condition(() => replanned, Math.max(1, at - Date.now()))) continue;
    const asOf: Instant = new Date(at).toISOString();
    await sendDigest({ asOf });
    lastSent = localDate(at);
    sent++;
  }
  await continueAsNew<typeof digestWorkflow>({ ...input, calendar, lastSent });
}
