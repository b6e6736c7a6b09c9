/**
 * A tiny workflow that uses calendar/ inside the Temporal sandbox: it plans reminders at its own (workflow) clock,
 * lists occurrences, then sleeps until the first planned send, as the real task workflow does.
 */
import { sleep } from '@temporalio/workflow';
import { createCalendar, type CalendarData, type EscalationPolicy, type Occurrence, type PlannedSend, type RecurrenceRule } from '../../calendar';

export interface CalendarProbeInput {
  data: CalendarData;
  due: string;
  policy: EscalationPolicy;
  rule: RecurrenceRule;
  after: string;
}

export interface CalendarProbeResult {
  registeredAt: string;
  plan: PlannedSend[];
  occurrences: Occurrence[];
  tet2030: string | null;
  wokeAt: string;
}

export async function calendarProbe(input: CalendarProbeInput): Promise<CalendarProbeResult> {
  const calendar = createCalendar(input.data);
  const registeredAt = new Date(Date.now()).toISOString();
  const plan = calendar.planReminders({ due: input.due, policy: input.policy, registeredAt, keyPrefix: 'probe' });
  const occurrences: Occurrence[] = [];
  for (const o of calendar.occurrences(input.rule, input.after)) {
    occurrences.push(o);
    if (occurrences.length === 6) break;
  }
  await sleep(Math.max(1, Date.parse(plan[0].at) - Date.now()));
  return { registeredAt, plan, occurrences, tet2030: calendar.dayOffReason('2030-02-02'), wokeAt: new Date(Date.now()).toISOString() };
}
