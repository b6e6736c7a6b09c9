/**
 * Recurring deadlines: a RecurrenceRule becomes a lazy, endless series of {nominal, due} occurrences.
 * nominal is the day the rule names (clamped to the month's last day when the month is shorter: "ngày 31" in
 * April is 30/4, 29/2 in a common year is 28/2, lunar day 30 of a 29-day month is day 29); due is nominal moved to
 * the next working day when it is a day off (Civil Code art. 148 khoản 5).
 * Nominal dates are strictly increasing and every one is >= `after`.
 */
import type { RecurrenceRule, Occurrence } from './types';
import { addDays, clampedDate, isoWeekday, parseCivil } from './impl/civil';
import { lunarToSolar } from './impl/lunar';
import type { ReportingCalendar } from './reporting';

/** A generous bound so that a rule that can never match (none exists today) cannot loop forever. */
const MAX_EMPTY_YEARS = 50;

/** The nominal days a rule names in one calendar year, sorted and without duplicates. */
export function nominalDaysInYear(rule: RecurrenceRule, year: number, reporting: ReportingCalendar): string[] {
  const days: string[] = [];
  switch (rule.freq) {
    case 'yearly':
      for (const md of rule.dates) days.push(clampedDate(year, md.month, md.day));
      break;
    case 'monthly':
      for (let m = 1; m <= 12; m++) days.push(clampedDate(year, m, rule.day));
      break;
    case 'weekly': {
      let d = `${year}-01-01`;
      while (isoWeekday(d) !== rule.weekday) d = addDays(d, 1);
      for (; parseCivil(d).year === year; d = addDays(d, 7)) days.push(d);
      break;
    }
    case 'quarterly':
      for (let q = 0; q < 4; q++) days.push(clampedDate(year, q * 3 + rule.monthOfQuarter, rule.day));
      break;
    case 'reporting':
      for (const period of rule.periods) {
        if (period === 'monthly') for (let m = 1; m <= 12; m++) days.push(clampedDate(year, m, reporting.monthly.day));
        if (period === 'quarterly') {
          for (let q = 0; q < 4; q++) days.push(clampedDate(year, q * 3 + reporting.quarterly.monthOfQuarter, reporting.quarterly.day));
        }
        if (period === 'semiannual') for (const md of reporting.semiannual.dates) days.push(clampedDate(year, md.month, md.day));
        if (period === 'annual') for (const md of reporting.annual.dates) days.push(clampedDate(year, md.month, md.day));
      }
      break;
    case 'lunarYearly':
      // The lunar year that begins in `year`; its late months (11, 12) fall in January of the next solar year,
      // so also look at the lunar year that began the year before.
      for (const ly of [year - 1, year]) {
        const d = lunarToSolar(ly, rule.lunarMonth, rule.lunarDay);
        if (parseCivil(d).year === year) days.push(d);
      }
      break;
  }
  return [...new Set(days)].sort();
}

/** The occurrences of `rule` whose nominal day is on or after `after`, lazily and in order. */
export function* occurrencesOf(
  rule: RecurrenceRule,
  after: string,
  reporting: ReportingCalendar,
  dueOf: (nominal: string) => string,
): Generator<Occurrence, void, undefined> {
  let year = parseCivil(after).year;
  let empty = 0;
  for (;;) {
    const days = nominalDaysInYear(rule, year, reporting).filter((d) => d >= after);
    if (days.length === 0) {
      if (++empty > MAX_EMPTY_YEARS) return;
    } else empty = 0;
    for (const nominal of days) yield { nominal, due: dueOf(nominal) };
    year++;
  }
}
