/**
 * Occurrences and their reminder ladders, as plain functions over TaskState values (no Temporal API):
 * which occurrences a task has, what each plans to send, which sends are due, what status follows.
 */
import type { CivilDate, ClockTime, Instant, PlannedSend } from '../calendar/types';
import type { Deadline } from '../directives/spec';
import type { CalendarPort } from './calendar-port';
import type { OccurrenceState, SeriesState, TaskOptions, TaskState } from './task-types';
import type { TaskStatus } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no DST). */
const VN_OFFSET_MS = 7 * HOUR_MS;
/** A series keeps occurrences materialised this far ahead of today. */
const SERIES_LOOKAHEAD_DAYS = 40;
/** Bound on calendar iterations when skipping a series' past occurrences. */
const SERIES_SCAN_LIMIT = 5000;

/** The civil day in Asia/Ho_Chi_Minh of an instant. */
export function localDate(ms: number): CivilDate {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start (00:00 local) of a civil day, as epoch ms. */
export function localDayStart(day: CivilDate): number {
  return Date.parse(`${day}T00:00:00.000Z`) - VN_OFFSET_MS;
}

/**
 * The instant a deadline passes: at the stated clock time, else at 24:00 of the due day
 * (Civil Code art. 148: a period ends at 24:00 of its last day).
 */
export function dueEndMs(due: CivilDate, time: ClockTime | null): number {
  if (time) {
    const [h, m] = time.split(':').map(Number);
    return localDayStart(due) + h * HOUR_MS + m * 60_000;
  }
  return localDayStart(due) + DAY_MS;
}

export function addDays(day: CivilDate, n: number): CivilDate {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function newOccurrence(
  index: number,
  at: { nominal: CivilDate | null; due: CivilDate | null; time: ClockTime | null; phrase: string | null; deadline: number },
  plannedFrom: Instant,
): OccurrenceState {
  return {
    index,
    ...at,
    rev: 0,
    plannedFrom,
    progress: 'pending',
    percent: 0,
    overdue: false,
    closed: null,
    completedAt: null,
    reportNumber: null,
    extension: null,
    plan: [],
    done: [],
  };
}

interface InitialOccurrences {
  occurrences: OccurrenceState[];
  series: SeriesState[];
  nextIndex: number;
}

/**
 * The occurrences a task starts with, from its deadlines:
 * - once (and recurring deadlines given as explicit dates): one occurrence per date;
 * - recurring with a rule: a series; occurrences already past at registration are skipped except the
 *   latest, which is overdue and gets the late notice;
 * - none: "khẩn trương" gets the default period; an ongoing task follows options.ongoingRule;
 * - event (the event's date is unknown): tracked without a due day until an amendment gives one.
 */
export function initialOccurrences(
  deadlines: Deadline[],
  cal: CalendarPort,
  registeredAt: Instant,
  issuedOn: CivilDate | null,
  options: TaskOptions,
): InitialOccurrences {
  const today = localDate(Date.parse(registeredAt));
  const fixed: Omit<OccurrenceState, 'index'>[] = [];
  const series: SeriesState[] = [];
  const add = (nominal: CivilDate | null, due: CivilDate | null, time: ClockTime | null, phrase: string | null, deadline: number) =>
    fixed.push(newOccurrence(-1, { nominal, due, time, phrase, deadline }, registeredAt));

  deadlines.forEach((d, i) => {
    if (d.kind === 'recurring' && d.recurrence) {
      series.push({ deadline: i, rule: d.recurrence, time: d.time, phrase: d.phrase, after: addDays(issuedOn ?? today, -1) });
    } else if ((d.kind === 'once' || d.kind === 'recurring') && (d.occurrences.length > 0 || d.nominal || d.due)) {
      const dates = d.occurrences.length > 0 ? d.occurrences : [{ nominal: d.nominal ?? d.due!, due: d.due ?? cal.dueOf(d.nominal!) }];
      for (const o of dates) add(o.nominal, o.due ?? cal.dueOf(o.nominal), d.time, d.phrase, i);
    } else if (d.kind === 'none' && d.urgent) {
      const due = cal.addWorkingDays(today, options.urgentWorkingDays);
      add(due, due, null, d.phrase, i);
    } else if (d.kind === 'none' && options.ongoingRule) {
      series.push({ deadline: i, rule: options.ongoingRule, time: null, phrase: d.phrase, after: addDays(today, -1) });
    } else {
      add(null, null, d.time, d.phrase, i);
    }
  });
  // A task whose text gives no deadline at all is still tracked (DESIGN.md).
  if (deadlines.length === 0) {
    if (options.ongoingRule) series.push({ deadline: -1, rule: options.ongoingRule, time: null, phrase: null, after: addDays(today, -1) });
    else add(null, null, null, null, -1);
  }

  fixed.sort((a, b) => (a.due ?? '9999') .localeCompare(b.due ?? '9999'));
  const occurrences = fixed.map((o, index) => ({ ...o, index }));
  let nextIndex = occurrences.length;

  // Series: skip the occurrences wholly in the past, keeping the latest past one (it is overdue now).
  for (const s of series) {
    const it = cal.occurrencesAfter(s.rule, s.after);
    let lastPast: { nominal: CivilDate; due: CivilDate } | null = null;
    for (let n = 0; n < SERIES_SCAN_LIMIT; n++) {
      const next = it.next();
      if (next.done) break;
      if (dueEndMs(next.value.due, s.time) > Date.parse(registeredAt)) break;
      lastPast = next.value;
    }
    if (lastPast) {
      occurrences.push(
        newOccurrence(nextIndex++, { nominal: lastPast.nominal, due: lastPast.due, time: s.time, phrase: s.phrase, deadline: s.deadline }, registeredAt),
      );
      s.after = lastPast.nominal;
    }
  }
  return { occurrences, series, nextIndex };
}

/** Draws the next occurrences of each series until one lies SERIES_LOOKAHEAD_DAYS ahead of today. */
export function materializeSeries(state: TaskState, cal: CalendarPort, nowMs: number, plannedFrom: Instant): OccurrenceState[] {
  const horizon = addDays(localDate(nowMs), SERIES_LOOKAHEAD_DAYS);
  const added: OccurrenceState[] = [];
  for (const s of state.series) {
    const it = cal.occurrencesAfter(s.rule, s.after);
    for (let n = 0; n < SERIES_SCAN_LIMIT; n++) {
      const last = lastOfSeries(state, s.deadline);
      if (last && last.due && last.due > horizon) break;
      const next = it.next();
      if (next.done) break;
      const occ = newOccurrence(
        state.nextIndex++,
        { nominal: next.value.nominal, due: next.value.due, time: s.time, phrase: s.phrase, deadline: s.deadline },
        plannedFrom,
      );
      state.occurrences.push(occ);
      added.push(occ);
      s.after = next.value.nominal;
    }
  }
  return added;
}

function lastOfSeries(state: TaskState, deadline: number): OccurrenceState | undefined {
  let last: OccurrenceState | undefined;
  for (const o of state.occurrences) if (o.deadline === deadline && (!last || o.index > last.index)) last = o;
  return last;
}

/**
 * The ladder of one occurrence's current revision. Keys ("o<index>r<rev>/<step>") are stable across
 * re-plans of the same revision, so a re-plan recognises what was already sent. A revision after an
 * extension is a fresh ladder from the approval on: nothing before it, and no late notice.
 */
export function planOccurrence(occ: OccurrenceState, cal: CalendarPort, policy: TaskState['policy']): PlannedSend[] {
  if (!occ.due || occ.closed) return [];
  const plan = cal.planReminders({
    due: occ.due,
    time: occ.time,
    policy,
    registeredAt: occ.plannedFrom,
    keyPrefix: `o${occ.index}r${occ.rev}`,
  });
  if (occ.rev === 0) return plan;
  const from = Date.parse(occ.plannedFrom);
  return plan.filter((s) => s.kind === 'reminder' && Date.parse(s.at) >= from);
}

/** At registration only: several occurrences already late give one overdue notice for the task, not one each. */
export function keepOneLateNotice(occurrences: OccurrenceState[]): number {
  let seen = false;
  let dropped = 0;
  for (const o of occurrences) {
    o.plan = o.plan.filter((s) => {
      if (s.kind !== 'late-notice') return true;
      if (!seen) return (seen = true);
      dropped++;
      return false;
    });
  }
  return dropped;
}

export function isOpen(o: OccurrenceState): boolean {
  return o.closed === null;
}

export function pendingSends(o: OccurrenceState): PlannedSend[] {
  if (!isOpen(o)) return [];
  return o.plan.filter((s) => !o.done.includes(s.key));
}

export function occurrenceStatus(o: OccurrenceState): TaskStatus {
  if (o.closed) return o.closed;
  if (o.extension) return 'extension-requested';
  if (o.overdue) return 'overdue';
  return o.progress;
}

/** The occurrence actions apply to by default: the earliest open one by due day. */
export function currentOccurrence(state: TaskState): OccurrenceState | undefined {
  let best: OccurrenceState | undefined;
  for (const o of state.occurrences) {
    if (!isOpen(o)) continue;
    if (!best || (o.due ?? '9999') < (best.due ?? '9999') || ((o.due ?? '9999') === (best.due ?? '9999') && o.index < best.index)) best = o;
  }
  return best;
}

export function taskStatus(state: TaskState): TaskStatus {
  if (state.cancelled) return 'cancelled';
  const current = currentOccurrence(state);
  if (current) {
    // Any overdue occurrence makes the task overdue, unless the current one waits on an extension.
    const s = occurrenceStatus(current);
    if (s !== 'extension-requested' && state.occurrences.some((o) => isOpen(o) && o.overdue)) return 'overdue';
    return s;
  }
  const last = [...state.occurrences].sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || b.index - a.index)[0];
  return last ? occurrenceStatus(last) : 'pending';
}

/**
 * The instant a planned send goes out: its planned instant plus a fixed offset below `spreadSeconds`, derived from
 * `seed` and the send's key (FNV-1a), so that it is the same on every replay and after every re-plan.
 */
export function sendInstantMs(s: PlannedSend, spreadSeconds: number, seed: string): number {
  const at = Date.parse(s.at);
  if (!(spreadSeconds > 0)) return at;
  const text = `${seed}/${s.key}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return at + ((h >>> 0) % Math.floor(spreadSeconds * 1000));
}

/** The next instant the task has something to do: a send (at `sendAt(s)`) or a deadline passing. */
export function nextWakeMs(state: TaskState, sendAt: (s: PlannedSend) => number = (s) => Date.parse(s.at)): number | null {
  let best: number | null = null;
  const consider = (ms: number) => {
    if (best === null || ms < best) best = ms;
  };
  for (const o of state.occurrences) {
    if (!isOpen(o)) continue;
    for (const s of pendingSends(o)) consider(sendAt(s));
    if (o.due && !o.overdue) consider(dueEndMs(o.due, o.time));
  }
  return best;
}
