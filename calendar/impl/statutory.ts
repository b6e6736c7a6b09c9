/**
 * The statutory public holidays of a year, as the Labour Code states them, before the Government's yearly notice.
 *
 * - Bộ luật Lao động 2012, Điều 115 (applied here up to 2020): 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương
 *   (10/3 âm lịch); 30/4; 1/5; Quốc khánh 2/9 (1 day). Khoản 3: a holiday on the weekly rest day is taken
 *   on the next day (nghỉ bù).
 * - Bộ luật Lao động 2019, Điều 112 (in force 01/01/2021): the same, but Quốc khánh is 2/9 plus one adjacent day
 *   (before or after); the Prime Minister fixes the exact Tết days and that adjacent day each year (khoản 3).
 *   Điều 111 khoản 3: a weekly rest day that coincides with a holiday is compensated on the next working day.
 *
 * Some days no notice can move ("fixed"): 1/1, the last day of the lunar year and mùng 1–3 Tết (inside the 5 Tết
 * days whichever option is chosen: 1 before + 4 after, or 2 before + 3 after), Giỗ Tổ, 30/4, 1/5, 2/9. The rest
 * are the engine's default choices where no notice is known, and a year file overrides them:
 * - Tết: when the last day of the lunar year is a Monday, that day + mùng 1–4 ("1 before + 4 after", so the break
 *   runs Saturday to Sunday); otherwise the last two days of the lunar year + mùng 1–3 ("2 before + 3 after").
 *   With the compensation rule below this reproduces the weekday days off of every decided Tết 2015–2026.
 * - Quốc khánh's adjacent day (from 2021): the one that joins the weekend or the longer break — 3/9 when 2/9 is a
 *   Monday, Thursday or Sunday, otherwise 1/9. This reproduces every decided year 2021–2026.
 */
import { addDays, isWeekend, isoWeekday } from './civil';
import { lunarToSolar, tetDay } from './lunar';

export interface StatutoryDay {
  date: string;
  reason: string;
  /** True when no yearly notice may move it (see above). */
  fixed: boolean;
}

export const REASON = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên Đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng 30/4',
  labour: 'Ngày Quốc tế Lao động 1/5',
  national: 'Quốc khánh 2/9',
  nationalAdjacent: 'Quốc khánh (ngày liền kề)',
} as const;

/** The year the Labour Code 2019 started to apply (two Quốc khánh days). */
export const LABOUR_CODE_2019_FROM = 2021;

export function legalBasisOf(year: number): string {
  return year >= LABOUR_CODE_2019_FROM ? 'Bộ luật Lao động 2019, Điều 112' : 'Bộ luật Lao động 2012, Điều 115';
}

/** How many paid holiday days the statute gives in the year (10 up to 2020, 11 from 2021). */
export function statutoryDayCount(year: number): number {
  return year >= LABOUR_CODE_2019_FROM ? 11 : 10;
}

export function quocKhanhAdjacentDefault(year: number): string {
  const wd = isoWeekday(`${year}-09-02`);
  return wd === 1 || wd === 4 || wd === 7 ? `${year}-09-03` : `${year}-09-01`;
}

/** The statutory holiday days of a year (default choices where the Government decides), sorted. */
export function statutoryHolidays(year: number): StatutoryDay[] {
  const tet = tetDay(year);
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, reason: REASON.newYear, fixed: true },
    { date: addDays(tet, -1), reason: REASON.tet, fixed: true },
    { date: tet, reason: REASON.tet, fixed: true },
    { date: addDays(tet, 1), reason: REASON.tet, fixed: true },
    { date: addDays(tet, 2), reason: REASON.tet, fixed: true },
    { date: isoWeekday(addDays(tet, -1)) === 1 ? addDays(tet, 3) : addDays(tet, -2), reason: REASON.tet, fixed: false },
    { date: lunarToSolar(year, 3, 10), reason: REASON.hungKings, fixed: true },
    { date: `${year}-04-30`, reason: REASON.reunification, fixed: true },
    { date: `${year}-05-01`, reason: REASON.labour, fixed: true },
    { date: `${year}-09-02`, reason: REASON.national, fixed: true },
  ];
  if (year >= LABOUR_CODE_2019_FROM) {
    days.push({ date: quocKhanhAdjacentDefault(year), reason: REASON.nationalAdjacent, fixed: false });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Weekday days off under the statute alone: every holiday on a weekday, and for each holiday on a Saturday or
 * Sunday one compensatory day (nghỉ bù) on the first following weekday that is neither a holiday nor already a
 * compensatory day. Also returns the labels of holidays that fall on a weekend, for dayOffReason.
 */
export function statutoryDaysOff(year: number): { weekdays: Map<string, string>; weekendHolidays: Map<string, string> } {
  const holidays = statutoryHolidays(year);
  const holidaySet = new Set(holidays.map((h) => h.date));
  const weekdays = new Map<string, string>();
  const weekendHolidays = new Map<string, string>();
  for (const h of holidays) {
    if (isWeekend(h.date)) weekendHolidays.set(h.date, h.reason);
    else weekdays.set(h.date, h.reason);
  }
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || holidaySet.has(d) || weekdays.has(d)) d = addDays(d, 1);
    weekdays.set(d, `Nghỉ bù ${h.reason}`);
  }
  return { weekdays, weekendHolidays };
}
