/**
 * The part of calendar/ the workflows use, in one place: if the calendar's surface moves, only this
 * adapter changes. Deterministic: calendar/ is pure.
 */
import { createCalendar, type CalendarData, type ReportingCalendar } from '../calendar';
import type { CivilDate, ClockTime, EscalationPolicy, Instant, Occurrence, PlannedSend, RecurrenceRule } from '../calendar/types';

/**
 * What a workflow is given to build its calendar: the yearly holiday schedules and the reporting calendar
 * (config/calendar.ts's calendarInput() has this shape). Serialisable; a signal can replace it.
 */
export interface CalendarSetup {
  data: CalendarData;
  reporting?: ReportingCalendar;
}

export interface CalendarPort {
  isWorkingDay(day: CivilDate): boolean;
  dueOf(nominal: CivilDate): CivilDate;
  addWorkingDays(day: CivilDate, n: number): CivilDate;
  /** Working days from a to b (negative when b is before a). */
  workingDaysBetween(a: CivilDate, b: CivilDate): number;
  /** Occurrences strictly after the given day, in order. */
  occurrencesAfter(rule: RecurrenceRule, after: CivilDate): Iterator<Occurrence>;
  planReminders(input: {
    due: CivilDate;
    time: ClockTime | null;
    policy: EscalationPolicy;
    registeredAt: Instant;
    keyPrefix: string;
  }): PlannedSend[];
}

// Calendars are pure, so workflows with the same setup share one (the sandbox's module scope is shared by the
// workflows of a worker): a replay or a new task does not rebuild it. Looked up by object first, then by content.
const byObject = new WeakMap<CalendarSetup, CalendarPort>();
const byContent = new Map<string, CalendarPort>();
const MAX_SHARED = 16;

function contentKey(setup: CalendarSetup): string {
  const text = JSON.stringify(setup);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}

export function calendarPort(setup: CalendarSetup): CalendarPort {
  const hit = byObject.get(setup);
  if (hit) return hit;
  const key = contentKey(setup);
  const shared = byContent.get(key);
  if (shared) {
    byObject.set(setup, shared);
    return shared;
  }
  const cal = createCalendar(setup.data, setup.reporting ? { reporting: setup.reporting } : undefined);
  const port: CalendarPort = {
    isWorkingDay: (day) => cal.isWorkingDay(day),
    dueOf: (nominal) => cal.dueOf(nominal),
    addWorkingDays: (day, n) => cal.addWorkingDays(day, n),
    workingDaysBetween: (a, b) => cal.workingDaysBetween(a, b),
    // calendar's occurrences(rule, d) yields nominals >= d; the port's are strictly after.
    occurrencesAfter: (rule, after) => cal.occurrences(rule, nextDay(after))[Symbol.iterator](),
    planReminders: ({ due, time, policy, registeredAt, keyPrefix }) =>
      cal.planReminders({ due, time: time ?? undefined, policy, registeredAt, keyPrefix }),
  };
  byObject.set(setup, port);
  byContent.set(key, port);
  if (byContent.size > MAX_SHARED) byContent.delete(byContent.keys().next().value!);
  return port;
}

function nextDay(day: CivilDate): CivilDate {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The setup a workflow needs: without what only people read (sources beyond the first, notes), and without the
 * years before `fromYear`. It goes into every task workflow's input and every continue-as-new, and building a
 * calendar checks every year it holds against the statute (lunar dates computed with astronomia), which inside
 * the workflow sandbox costs tens of milliseconds a year, per workflow and per replay.
 */
export function compactCalendarSetup(setup: CalendarSetup, fromYear?: number): CalendarSetup {
  return {
    ...setup,
    data: {
      ...setup.data,
      years: setup.data.years
        .filter((y) => fromYear === undefined || y.year >= fromYear)
        .map((y) => ({ ...y, sources: (y.sources ?? []).slice(0, 1).map((s) => ({ title: s.title })), notes: [] })),
    },
  };
}
