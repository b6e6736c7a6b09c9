/**
 * The statutory rule alone (no yearly file), against what the Government actually decided. Tết and Quốc khánh
 * days are the PM's choice each year; the engine's default (calendar/impl/statutory.ts) must reproduce the decided
 * weekday days off of every year 2015–2026 except the discretionary swaps (hoán đổi). Expected breaks are copied
 * from the notices cited in config/holidays/<year>.yaml.
 */
import { CalendarVietnamese } from 'date-chinese';
import { lunarToSolar, solarToLunar, statutoryHolidays, tetDay } from '../../calendar';
import { lunarYearOf } from '../../calendar/impl/lunar';
import { daysBetween, statutoryCalendar } from './fixtures';

const weekdaysOff = (from: string, to: string) =>
  daysBetween(from, to).filter((d) => !statutoryCalendar.isWorkingDay(d) && ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));

describe('lunar dates from the Vietnamese calendar (UTC+7)', () => {
  it.each([
    [2015, '2015-02-19'],
    [2018, '2018-02-16'],
    [2019, '2019-02-05'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Differs from the Chinese calendar (3 February 2030).
    [2030, '2030-02-02'],
  ])('mùng 1 Tết %i is %s', (year, d) => {
    expect(tetDay(year)).toBe(d);
  });
  it.each([
    [2018, '2018-04-25'],
    [2019, '2019-04-14'],
    [2023, '2023-04-29'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ (10/3 âm lịch) %i is %s', (year, d) => {
    expect(lunarToSolar(year, 3, 10)).toBe(d);
  });
  it('the lunar year of a Gregorian year is plain cycle arithmetic, as date-chinese says', () => {
    for (const y of [1990, 2015, 2018, 2030, 2099, 2150]) {
      const cal = new CalendarVietnamese();
      cal.fromGregorian(y, 6, 1);
      expect(lunarYearOf(y)).toEqual(cal.get().slice(0, 2));
    }
    // 2018 is Mậu Tuất, the 35th year of the 78th cycle.
    expect(lunarYearOf(2018)).toEqual([78, 35]);
  });
  it('converts back', () => {
    expect(solarToLunar('2018-04-25')).toEqual({ month: 3, day: 10, leap: false });
    // 15/02/2018 was 30 tháng Chạp (the 12th month had 30 days in Đinh Dậu).
    expect(solarToLunar('2018-02-15')).toEqual({ month: 12, day: 30, leap: false });
  });
  it('day 30 of a 29-day lunar month is its last day', () => {
    // Tháng Chạp Giáp Thìn had 29 days: 29 Chạp = 28/01/2025, the eve of Tết 2025.
    expect(lunarToSolar(2024, 12, 30)).toBe('2025-01-28');
  });
});

describe('statutory holidays', () => {
  it('lists 10 days up to 2020 (Labour Code 2012 art. 115) and 11 from 2021 (2019 art. 112)', () => {
    expect(statutoryHolidays(2020)).toHaveLength(10);
    expect(statutoryHolidays(2021)).toHaveLength(11);
  });
});

describe('the default Tết and Quốc khánh choice reproduces the decided weekday days off', () => {
  it.each([
    // [year, break from, break to, weekday days off per the notice]
    [2016, '2016-02-06', '2016-02-14', ['2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11', '2016-02-12']],
    [2017, '2017-01-26', '2017-02-01', ['2017-01-26', '2017-01-27', '2017-01-30', '2017-01-31', '2017-02-01']],
    [2018, '2018-02-14', '2018-02-20', ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20']],
    [2019, '2019-02-02', '2019-02-10', ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08']],
    [2020, '2020-01-23', '2020-01-29', ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']],
    [2021, '2021-02-10', '2021-02-16', ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']],
    [2022, '2022-01-29', '2022-02-06', ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']],
    [2023, '2023-01-20', '2023-01-26', ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']],
    [2024, '2024-02-08', '2024-02-14', ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']],
    [2025, '2025-01-25', '2025-02-02', ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
    [2026, '2026-02-14', '2026-02-22', ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
  ])('Tết %i (%s – %s)', (_year, from, to, expected) => {
    // Look a week around the break so a day off outside it would show.
    const lo = new Date(Date.parse(`${from}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const hi = new Date(Date.parse(`${to}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(weekdaysOff(lo, hi)).toEqual(expected);
  });
  it.each([
    [2021, ['2021-09-02', '2021-09-03']],
    [2022, ['2022-09-01', '2022-09-02']],
    [2023, ['2023-09-01', '2023-09-04']],
    [2024, ['2024-09-02', '2024-09-03']],
    [2025, ['2025-09-01', '2025-09-02']],
  ])('Quốc khánh %i', (year, expected) => {
    expect(weekdaysOff(`${year}-08-25`, `${year}-09-10`)).toEqual(expected);
  });
});
