/**
 * The Vietnamese legal calendar for cán bộ, công chức, viên chức: which days are working days, and everything
 * derived from that (Civil Code periods, recurrence, reminder plans). Pure: no clock, no I/O; safe in the
 * Temporal workflow sandbox. Years with a schedule in `data` use it; other years follow the statute.
 */
import type { CivilDate, Occurrence, RecurrenceRule, PlannedSend } from './types';
import type { HolidayYear, HolidayYearInput } from './holidayYear';
import type { ReportingCalendar } from './reporting';
import { holidayYearSchemas, reportingSchemas } from './impl/schemas';
import { addDays, addMonths, isWeekend, isoWeekday, parseCivil, toEpochDay } from './impl/civil';
import { statutoryDaysOff } from './impl/statutory';
import { validateHolidayYear } from './impl/validateYear';
import { occurrencesOf } from './recurrence';
import { planRemindersWith, type PlanInput } from './plan';

export interface CalendarData {
  years: HolidayYearInput[];
}

export interface CalendarOptions {
  reporting?: ReportingCalendar;
}

export type PeriodUnit = 'day' | 'workingDay' | 'month';

export interface LegalCalendar {
  isWorkingDay(d: CivilDate): boolean;
  /** Why a day is not a working day ("Chủ nhật", "Tết Nguyên Đán", ...), or null for a working day. */
  dayOffReason(d: CivilDate): string | null;
  /** The first working day strictly after d. */
  nextWorkingDay(d: CivilDate): CivilDate;
  /** The first working day strictly before d. */
  previousWorkingDay(d: CivilDate): CivilDate;
  /**
   * The n-th working day after d (n > 0) or before d (n < 0); d itself is not counted, so n = 1 is
   * nextWorkingDay(d). n = 0 returns d unchanged, working day or not.
   */
  addWorkingDays(d: CivilDate, n: number): CivilDate;
  /**
   * Working days in (from, to] when from <= to, so that addWorkingDays(from, workingDaysBetween(from, to)) === to
   * for a working day `to`; the negated count of (to, from] when to < from.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /** Civil Code art. 148 khoản 5: a last day that is a day off moves to the next working day. */
  dueOf(nominal: CivilDate): CivilDate;
  /**
   * Civil Code art. 147 khoản 2: a period counted from an event starts the day after it. 'day': nominal = the
   * count-th day after the event; 'workingDay': the count-th working day after it; 'month': the same day of the
   * count-th month after, or that month's last day (art. 148 khoản 3). due = dueOf(nominal).
   */
  periodEnd(eventDay: CivilDate, count: number, unit: PeriodUnit): Occurrence;
  /** Lazy, nominal strictly increasing, every nominal >= after. */
  occurrences(rule: RecurrenceRule, after: CivilDate): Iterable<Occurrence>;
  planReminders(input: PlanInput): PlannedSend[];
  /** The reporting calendar in use. */
  readonly reporting: ReportingCalendar;
}

interface YearTable {
  /** Weekdays off and weekend labels. */
  off: Map<string, string>;
  /** Weekend days that are working days. */
  working: Set<string>;
}

const WEEKEND_NAMES: Record<number, string> = { 6: 'Thứ bảy', 7: 'Chủ nhật' };
/** Upper bound on the days walked to find a working day: a year file could never hold this many days off. */
const MAX_WALK = 366;

/**
 * Builds a calendar. `data` holds the Government's yearly schedules (config/holidays/*.yaml); without it the
 * statutory rules alone apply. Throws, naming the year and field, when a year contradicts the statute.
 */
export function createCalendar(data?: CalendarData, options?: CalendarOptions): LegalCalendar {
  const years = new Map<number, HolidayYear>();
  for (const [i, raw] of (data?.years ?? []).entries()) {
    const parsed = holidayYearSchemas().HolidayYear.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RangeError(`lịch nghỉ years[${i}]: ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
    }
    const y = parsed.data;
    const problems = validateHolidayYear(y);
    if (problems.length > 0) {
      throw new RangeError(`lịch nghỉ năm ${y.year}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    }
    if (years.has(y.year)) throw new RangeError(`lịch nghỉ năm ${y.year} có hai lần`);
    years.set(y.year, y);
  }
  const schemas = reportingSchemas();
  const reporting = schemas.ReportingCalendar.parse(options?.reporting ?? schemas.DEFAULT_REPORTING_CALENDAR);
  const tables = new Map<number, YearTable>();

  function table(year: number): YearTable {
    let t = tables.get(year);
    if (t) return t;
    const statutory = statutoryDaysOff(year);
    const y = years.get(year);
    if (!y || y.status === 'statutory') {
      t = { off: new Map([...statutory.weekendHolidays, ...statutory.weekdays]), working: new Set() };
    } else {
      // Decided year: exactly the listed days; weekend holidays keep the statute's label unless the file names them.
      const off = new Map(statutory.weekendHolidays);
      for (const d of y.daysOff) off.set(d.date, d.reason);
      t = { off, working: new Set(y.workingDays.map((d) => d.date)) };
    }
    tables.set(year, t);
    return t;
  }

  return calendarFromDayOffs((d) => {
    const t = table(parseCivil(d).year);
    if (t.working.has(d)) return null;
    return t.off.get(d) ?? (isWeekend(d) ? WEEKEND_NAMES[isoWeekday(d)] : null);
  }, reporting);
}

/**
 * Everything a LegalCalendar answers, derived from one predicate: `reasonOff(d)` is why d is not a working day, or
 * null for a working day. createCalendar (schedules + statute) and createCalendarFromCompiled (a precomputed table)
 * both build on it, so the Civil Code rules, recurrence and reminder plans have one source of truth.
 * @internal
 */
export function calendarFromDayOffs(reasonOff: (d: CivilDate) => string | null, reporting: ReportingCalendar): LegalCalendar {
  const isWorkingDay = (d: CivilDate): boolean => reasonOff(d) === null;
  const dayOffReason = (d: CivilDate): string | null => reasonOff(d);

  function step(d: CivilDate, dir: 1 | -1): CivilDate {
    let x = addDays(d, dir);
    for (let i = 0; !isWorkingDay(x); i++) {
      if (i > MAX_WALK) throw new RangeError(`không tìm được ngày làm việc gần ${d}`);
      x = addDays(x, dir);
    }
    return x;
  }
  const nextWorkingDay = (d: CivilDate) => step(d, 1);
  const previousWorkingDay = (d: CivilDate) => step(d, -1);

  function addWorkingDays(d: CivilDate, n: number): CivilDate {
    if (!Number.isInteger(n)) throw new RangeError(`số ngày làm việc phải là số nguyên (nhận ${n})`);
    let x = d;
    for (let i = 0; i < Math.abs(n); i++) x = step(x, n > 0 ? 1 : -1);
    return x;
  }

  function workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    if (a === b) return 0;
    const [lo, hi, sign] = a < b ? [from, b, 1] : [to, a, -1];
    let count = 0;
    for (let x = addDays(lo, 1); toEpochDay(x) <= hi; x = addDays(x, 1)) if (isWorkingDay(x)) count++;
    return sign * count;
  }

  const dueOf = (nominal: CivilDate) => (isWorkingDay(nominal) ? nominal : nextWorkingDay(nominal));

  function periodEnd(eventDay: CivilDate, count: number, unit: PeriodUnit): Occurrence {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`thời hạn phải là số nguyên dương (nhận ${count})`);
    const nominal =
      unit === 'day' ? addDays(eventDay, count) : unit === 'workingDay' ? addWorkingDays(eventDay, count) : addMonths(eventDay, count);
    return { nominal, due: dueOf(nominal) };
  }

  const rules = { isWorkingDay, nextWorkingDay, addWorkingDays, dueOf };
  return {
    isWorkingDay,
    dayOffReason,
    nextWorkingDay,
    previousWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    dueOf,
    periodEnd,
    occurrences: (rule, after) => ({ [Symbol.iterator]: () => occurrencesOf(rule, parseAfter(after), reporting, dueOf) }),
    planReminders: (input) => planRemindersWith(rules, input),
    reporting,
  };
}

function parseAfter(after: CivilDate): CivilDate {
  parseCivil(after);
  return after;
}
