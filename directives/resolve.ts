/**
 * From a refined candidate to the deadlines of the spec: nominal days (the last on-time day the phrase means),
 * due days (the calendar's Civil Code art. 148 shift), the next occurrences of a recurrence, lunar days placed
 * on the solar calendar.
 */
import type { CivilDate, Occurrence, RecurrenceRule } from '../calendar/types';
import { canChiOf } from './constants';
import { addDays, daysInMonth, isValidYmd, toIso } from './dates';
import type { Deadline } from './spec';
import type { Candidate, DateTarget, RefineContext } from './types';

/** What the reader needs from calendar/: the LegalCalendar's dueOf and occurrences, and lunar conversion. */
export interface CalendarHook {
  dueOf(nominal: CivilDate): CivilDate;
  occurrences(rule: RecurrenceRule, after: CivilDate): Iterable<Occurrence>;
  lunarToSolar?(gregorianYear: number, lunarMonth: number, lunarDay: number): CivilDate;
  /** Civil Code arts. 147–148: the end of a period counted from an event day (LegalCalendar.periodEnd). */
  periodEnd?(eventDay: CivilDate, count: number, unit: 'day' | 'workingDay' | 'month'): Occurrence;
}

/** "kể từ ngày ký", "kể từ ngày ban hành (Công văn này)": the event is the document's own date. */
const FROM_SIGNING = /^ngày\s+(?:ký|ban hành|ký ban hành)(?:\s|$)/iu;

export interface ResolveOptions {
  calendar: CalendarHook | null;
  occurrenceCount: number;
}

type Pending = Omit<Deadline, 'span'> & { at: [number, number] };

function nominalOf(t: DateTarget): string | null {
  if (t.year === null) return null;
  const day = t.day === 'last' ? daysInMonth(t.year, t.month) : t.day;
  if (!isValidYmd(t.year, t.month, day)) return null;
  const iso = toIso({ year: t.year, month: t.month, day });
  return t.offsetDays === 0 ? iso : addDays(iso, t.offsetDays);
}

function lunarNominal(c: Candidate, context: RefineContext, calendar: CalendarHook | null): string | null {
  if (!c.lunar || !calendar?.lunarToSolar || !context.issuedOn) return null;
  const docYear = Number(context.issuedOn.slice(0, 4));
  for (let y = docYear - 1; y <= docYear + 60; y++) {
    if (c.lunar.canChi && canChiOf(y).toLowerCase() !== c.lunar.canChi.replace(/\s+/gu, ' ').toLowerCase()) continue;
    let solar: string;
    try {
      solar = calendar.lunarToSolar(y, c.lunar.month, c.lunar.day);
    } catch {
      return null;
    }
    if (c.lunar.canChi || solar >= context.issuedOn) return addDays(solar, c.targets[0]?.offsetDays ?? 0);
    if (y > docYear + 1) break;
  }
  return null;
}

function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const x of it) {
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

export function resolveCandidate(c: Candidate, context: RefineContext, options: ResolveOptions): Pending[] {
  const text = context.text.slice(c.index, c.end).replace(/\s+/gu, ' ').trim();
  const base = {
    phrase: text, at: [c.index, c.end] as [number, number], kind: c.kind, nominal: null, due: null, time: c.time,
    window: null, recurrence: c.recurrence, occurrences: [], yearInferred: false, urgent: c.urgent, event: c.event, period: c.period,
  } satisfies Pending;
  const due = (d: string | null) => (d && options.calendar ? options.calendar.dueOf(d) : d);

  if (c.kind === 'recurring' && c.recurrence) {
    let occurrences: Occurrence[] = [];
    if (context.issuedOn && options.calendar) {
      try {
        occurrences = take(options.calendar.occurrences(c.recurrence, addDays(context.issuedOn, 1)), options.occurrenceCount);
      } catch {
        occurrences = [];
      }
    }
    return [{ ...base, occurrences, nominal: occurrences[0]?.nominal ?? null, due: occurrences[0]?.due ?? null }];
  }
  if (c.kind === 'event' && c.period && c.event && FROM_SIGNING.test(c.event) && context.issuedOn) {
    // A period from the document's own signing is a plain deadline once the document is dated.
    const { count, unit } = c.period;
    let end: Occurrence | null = null;
    try {
      end = options.calendar?.periodEnd
        ? options.calendar.periodEnd(context.issuedOn, count, unit)
        : unit === 'day' ? { nominal: addDays(context.issuedOn, count), due: due(addDays(context.issuedOn, count))! } : null;
    } catch {
      end = null; // a period the calendar cannot place stays an event for the reviewer
    }
    if (end) return [{ ...base, kind: 'once', nominal: end.nominal, due: end.due }];
  }
  if (c.kind !== 'once') return [base];

  if (c.lunar) {
    const nominal = lunarNominal(c, context, options.calendar);
    if (nominal === null && !options.calendar?.lunarToSolar) return [base];
    return [{ ...base, nominal, due: due(nominal), yearInferred: c.lunar.canChi === null }];
  }
  const out: Pending[] = [];
  for (const t of c.targets) {
    const nominal = nominalOf(t);
    if (nominal === null && t.year !== null) {
      context.warnings.push({
        code: 'impossible-date',
        message: `Ngày không tồn tại: ${t.day}/${t.month}/${t.year} trong "${text}".`,
        at: [c.index, c.end],
      });
    }
    if (nominal && context.issuedOn && nominal < context.issuedOn) {
      context.warnings.push({
        code: 'deadline-before-document',
        message: `Thời hạn ${nominal} ("${text}") trước ngày ban hành ${context.issuedOn}.`,
        at: [c.index, c.end],
      });
    }
    const window = c.windowStart ? nominalOf(c.windowStart) : null;
    out.push({ ...base, nominal, due: due(nominal), window: window ? { start: window } : null, yearInferred: t.yearInferred === true });
  }
  return out;
}
