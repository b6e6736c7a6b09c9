/**
 * The Vietnamese lunisolar calendar (âm lịch), from date-chinese's CalendarVietnamese: the Chinese rules computed
 * at the UTC+7 meridian, which is what makes Tết 2030 fall on 2 February in Vietnam (3 February in China).
 * No astronomy here: this file only asks the library and caches its answers per year (each costs ~10 ms).
 */
import { CalendarVietnamese } from 'date-chinese';
import { formatCivil, parseCivil } from './civil';

const cache = new Map<string, string | null>();

/**
 * [cycle, yearInCycle] of the lunar year that begins in the given Gregorian year (Tết is always in Jan–Feb).
 * Plain arithmetic on the sexagenary cycle (year 1 of cycle 78 is 1984, Giáp Tý), equal to what date-chinese's
 * fromGregorian(y, 6, 1) returns (checked in test/calendar/statutory.test.ts) at a fraction of its cost.
 */
export function lunarYearOf(gregorianYear: number): [number, number] {
  const n = gregorianYear + 2696;
  return [Math.floor(n / 60), (n % 60) + 1];
}

function convert(gregorianYear: number, month: number, day: number): string | null {
  const key = `${gregorianYear}:${month}:${day}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const [cycle, year] = lunarYearOf(gregorianYear);
  const g = new CalendarVietnamese(cycle, year, month, 0, day).toGregorian(gregorianYear);
  const solar = formatCivil(g);
  // Days 1–29 exist in every lunar month. date-chinese happily rolls day 30 of a 29-day month into the next
  // month: detect it by converting back (the expensive direction, so only for day 30).
  if (day < 30) {
    cache.set(key, solar);
    return solar;
  }
  const back = new CalendarVietnamese();
  back.fromGregorian(g.year, g.month, g.day);
  const [, , bm, bleap, bd] = back.get() as unknown as [number, number, number, boolean, number];
  const result = bm === month && !bleap && bd === day ? solar : null;
  cache.set(key, result);
  return result;
}

/**
 * The solar date of lunar day `day` of (non-leap) lunar month `month` of the lunar year that begins in
 * `gregorianYear`. Day 30 of a 29-day month is that month's day 29 (the last day, "ngày cuối tháng").
 */
export function lunarToSolar(gregorianYear: number, month: number, day: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`tháng âm lịch không hợp lệ: ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`ngày âm lịch không hợp lệ: ${day}`);
  const exact = convert(gregorianYear, month, day);
  if (exact) return exact;
  if (day === 30) {
    const d29 = convert(gregorianYear, month, 29);
    if (d29) return d29;
  }
  throw new RangeError(`không đổi được ngày ${day}/${month} âm lịch năm ${gregorianYear}`);
}

/** Mùng 1 Tết (lunar 1/1) of the lunar year that begins in the Gregorian year. */
export function tetDay(gregorianYear: number): string {
  return lunarToSolar(gregorianYear, 1, 1);
}

/** The lunar date (month, day, leap) of a solar civil date. */
export function solarToLunar(d: string): { month: number; day: number; leap: boolean } {
  const { year, month, day } = parseCivil(d);
  const cal = new CalendarVietnamese();
  cal.fromGregorian(year, month, day);
  const [, , lm, leap, ld] = cal.get() as unknown as [number, number, number, boolean, number];
  return { month: lm, day: ld, leap: Boolean(leap) };
}
