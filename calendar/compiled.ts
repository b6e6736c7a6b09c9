/**
 * A calendar compiled to a plain table: which days of [from, to] are not working days (and why), so that a
 * calendar can be rebuilt without computing a single lunar date. Built outside the workflow sandbox
 * (compileCalendar, where the statutory checks run once) and sent to workflows, which rebuild it with
 * createCalendarFromCompiled. Pure; the value is JSON-serialisable and compact (weekends are implied).
 */
import type { CivilDate } from './types';
import { addDays, isWeekend, isoWeekday, parseCivil, toEpochDay } from './impl/civil';
import { calendarFromDayOffs, createCalendar, type CalendarData, type LegalCalendar } from './legalCalendar';
import type { ReportingCalendar } from './reporting';
import { reportingSchemas } from './impl/schemas';

export interface CompiledCalendar {
  /** First and last day the table answers for (inclusive). */
  from: CivilDate;
  to: CivilDate;
  /** Days off in [from, to] other than plain weekends: [day, reason]. A weekend day is listed only when its
   * reason is not its weekday's name (a holiday falling on a weekend), sorted. */
  daysOff: Array<[CivilDate, string]>;
  /** Weekend days in [from, to] that are working days (make-up days), sorted. */
  makeUpWorkingDays: CivilDate[];
}

export interface CompiledCalendarOptions {
  reporting?: ReportingCalendar;
  /**
   * Schedules for days outside [from, to]; without them the statutory rules alone apply there. Either way the
   * fallback calendar is built only when a day outside the table is first asked about.
   */
  fallback?: CalendarData;
}

const WEEKEND_NAMES: Record<number, string> = { 6: 'Thứ bảy', 7: 'Chủ nhật' };

/** Walks [from, to] of `cal` into a table. */
export function compileCalendar(cal: LegalCalendar, from: CivilDate, to: CivilDate): CompiledCalendar {
  parseCivil(from);
  parseCivil(to);
  if (toEpochDay(from) > toEpochDay(to)) throw new RangeError(`khoảng lịch không hợp lệ: ${from} > ${to}`);
  const daysOff: Array<[CivilDate, string]> = [];
  const makeUpWorkingDays: CivilDate[] = [];
  const end = toEpochDay(to);
  for (let d = from; toEpochDay(d) <= end; d = addDays(d, 1)) {
    const reason = cal.dayOffReason(d);
    if (reason === null) {
      if (isWeekend(d)) makeUpWorkingDays.push(d);
    } else if (!isWeekend(d) || reason !== WEEKEND_NAMES[isoWeekday(d)]) {
      daysOff.push([d, reason]);
    }
  }
  return { from, to, daysOff, makeUpWorkingDays };
}

/**
 * A LegalCalendar that answers days in [compiled.from, compiled.to] from the table alone, and other days from
 * createCalendar(options.fallback), built lazily on first use. Everything else (Civil Code periods, recurrence,
 * reminder plans) is the same code as createCalendar's. `lunarYearly` recurrences still convert lunar dates.
 */
export function createCalendarFromCompiled(compiled: CompiledCalendar, options?: CompiledCalendarOptions): LegalCalendar {
  const lo = toEpochDay(compiled.from);
  const hi = toEpochDay(compiled.to);
  if (lo > hi) throw new RangeError(`khoảng lịch không hợp lệ: ${compiled.from} > ${compiled.to}`);
  const off = new Map(compiled.daysOff);
  const working = new Set(compiled.makeUpWorkingDays);
  const schemas = reportingSchemas();
  const reporting = schemas.ReportingCalendar.parse(options?.reporting ?? schemas.DEFAULT_REPORTING_CALENDAR);
  let fallback: LegalCalendar | undefined;
  return calendarFromDayOffs((d) => {
    const e = toEpochDay(d);
    if (e < lo || e > hi) {
      fallback ??= createCalendar(options?.fallback, { reporting });
      return fallback.dayOffReason(d);
    }
    if (working.has(d)) return null;
    return off.get(d) ?? (isWeekend(d) ? WEEKEND_NAMES[isoWeekday(d)] : null);
  }, reporting);
}
