/**
 * The part of calendar/ the workflows use, in one place: if the calendar's surface moves, only this
 * adapter changes. Deterministic: calendar/ is pure.
 */
import { compileCalendar, createCalendarFromCompiled, type CompiledCalendar } from '../calendar/compiled';
import { createCalendar, type CalendarData } from '../calendar/legalCalendar';
import type { ReportingCalendar } from '../calendar/reporting';
import type { CivilDate, ClockTime, EscalationPolicy, Instant, Occurrence, PlannedSend, RecurrenceRule } from '../calendar/types';

/**
 * What a workflow is given to build its calendar: the yearly holiday schedules and the reporting calendar
 * (config/calendar.ts's calendarInput() has this shape). Serialisable; a signal can replace it.
 *
 * Two forms: `data` (the schedules; building a calendar from them checks each year against the statute, computing
 * lunar dates — tens of milliseconds a year in the sandbox) or `compiled` (compileCalendarSetup: the days off
 * precomputed outside the sandbox; no lunar computation unless a day outside the table, or a lunar recurrence, is
 * asked about). `compiled` wins when both are present. Inputs in running workflows' histories carry the `data`
 * form; it is still accepted. Both give the same answers for every day, so switching a workflow between them
 * changes only how pure values are computed, never the commands it issues: no patched() guard is needed.
 */
export interface CalendarSetup {
  data?: CalendarData;
  compiled?: CompiledCalendar;
  reporting?: ReportingCalendar;
  /**
   * A hash of the rest, stamped by compileCalendarSetup outside the sandbox: workflows find their shared calendar
   * by it instead of hashing the setup each (about 1 ms a task in the sandbox). Absent: hashed as before.
   */
  key?: string;
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
  const key = setup.key ?? contentKey(setup);
  const shared = byContent.get(key);
  if (shared) {
    byObject.set(setup, shared);
    return shared;
  }
  const options = setup.reporting ? { reporting: setup.reporting } : undefined;
  const cal = setup.compiled ? createCalendarFromCompiled(setup.compiled, options) : createCalendar(setup.data, options);
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
  if (!setup.data) return setup;
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

/** How many years after the document's issue year the compiled table covers at least. */
export const COMPILED_YEARS_AHEAD = 5;

/**
 * The setup to send a workflow: the calendar compiled to a table of days off (outside the sandbox, where the
 * statutory checks and lunar dates are computed once), from 1 January of `fromYear` through 31 December of
 * max(fromYear + 1 + COMPILED_YEARS_AHEAD, the last year with a schedule).
 *
 * Why that range: callers pass the year before the document's (an event or period can start late in the previous
 * year); one-off deadlines fall within months of issue, and recurring tasks continue as new long before five years
 * are up in practice. Covering every year that has a schedule keeps the table exact: past its end the calendar
 * falls back (lazily) to the statute alone, which is what it would use anyway for years without a schedule, and
 * before `fromYear` the old input (compactCalendarSetup) also used the statute alone. So the compiled setup
 * answers every day exactly as compactCalendarSetup(setup, fromYear) does. A table of 7–13 years is a few
 * hundred entries (weekends are implied).
 */
export function compileCalendarSetup(setup: CalendarSetup, fromYear: number): CalendarSetup {
  if (setup.compiled) return setup.key ? setup : { ...setup, key: contentKey(setup) };
  // The client registers many documents with the same configuration: compile each (setup, year) once, found by
  // the object when it is the same one, else by content.
  const byYear = compiledByObject.get(setup) ?? new Map<number, CalendarSetup>();
  compiledByObject.set(setup, byYear);
  const seen = byYear.get(fromYear);
  if (seen) return seen;
  const key = `${fromYear}|${contentKey(setup)}`;
  const result = compiledSetups.get(key) ?? compileSetup(setup, fromYear);
  compiledSetups.set(key, result);
  if (compiledSetups.size > MAX_SHARED) compiledSetups.delete(compiledSetups.keys().next().value!);
  byYear.set(fromYear, result);
  return result;
}

const compiledSetups = new Map<string, CalendarSetup>();
const compiledByObject = new WeakMap<CalendarSetup, Map<number, CalendarSetup>>();

function compileSetup(setup: CalendarSetup, fromYear: number): CalendarSetup {
  const compact = compactCalendarSetup(setup, fromYear);
  const options = setup.reporting ? { reporting: setup.reporting } : undefined;
  const cal = createCalendar(compact.data, options);
  const lastScheduled = Math.max(fromYear, ...(compact.data?.years ?? []).map((y) => y.year));
  const toYear = Math.max(fromYear + 1 + COMPILED_YEARS_AHEAD, lastScheduled);
  const compiled = compileCalendar(cal, `${pad(fromYear)}-01-01`, `${pad(toYear)}-12-31`);
  const result: CalendarSetup = setup.reporting ? { compiled, reporting: setup.reporting } : { compiled };
  return { ...result, key: contentKey(result) };
}

function pad(year: number): string {
  return String(year).padStart(4, '0');
}
