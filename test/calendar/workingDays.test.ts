/**
 * Working days of cán bộ, công chức, viên chức, with the yearly schedules in config/holidays. Expected values come
 * from the notices cited in each year file (and the facts), not from the program.
 */
import { configuredCalendar, daysBetween, statutoryCalendar } from './fixtures';

const cal = configuredCalendar();

describe('due day of a nominal day (Civil Code art. 148 khoản 5)', () => {
  it.each([
    // Seed 003: "trước ngày 20/4 ... năm 2015" → last on-time day Sunday 19/4/2015 → Monday 20/4/2015.
    ['2015-04-19', '2015-04-20'],
    // Tết Mậu Tuất: civil servants off Wed 14/02 – Tue 20/02/2018 (Thông báo 573/TB-VPCP).
    ['2018-02-16', '2018-02-21'],
    ['2018-02-14', '2018-02-21'],
    // A working day stays.
    ['2018-02-13', '2018-02-13'],
    // Giỗ Tổ 2018 is Wednesday 25/4; then 28/4–1/5 off → 26/4 is a working day.
    ['2018-04-25', '2018-04-26'],
    ['2018-04-28', '2018-05-02'],
    // Tết Dương lịch 2019: 29/12/2018 – 01/01/2019, Monday 31/12/2018 swapped (Công văn 6519/VPCP-KGVX).
    ['2018-12-29', '2019-01-02'],
    // Tết Kỷ Hợi 2019: 02/02 – 10/02/2019.
    ['2019-02-02', '2019-02-11'],
    // 30/4–1/5/2025: 30/4 – 04/5 off, Friday 02/5 swapped with Saturday 26/4.
    ['2025-04-30', '2025-05-05'],
    // Tết Bính Ngọ 2026: 14/02 – 22/02/2026.
    ['2026-02-14', '2026-02-23'],
  ])('%s is due %s', (nominal, due) => {
    expect(cal.dueOf(nominal)).toBe(due);
  });
});

describe('make-up Saturdays and swapped weekdays', () => {
  it.each([
    ['2015-02-14', true], // làm bù for Monday 16/02/2015
    ['2015-02-16', false],
    ['2015-04-25', true], // làm bù for Wednesday 29/04/2015
    ['2015-04-29', false],
    ['2019-01-05', true], // làm bù for Monday 31/12/2018
    ['2018-12-31', false],
    ['2019-05-04', true], // làm bù for Monday 29/04/2019
    ['2024-05-04', true], // làm bù for Monday 29/04/2024
    ['2025-04-26', true], // làm bù for Friday 02/05/2025
    ['2026-01-10', true], // làm bù for Friday 02/01/2026
    ['2026-08-22', true], // làm bù for Monday 31/08/2026
    ['2026-08-31', false],
    ['2019-01-12', false], // an ordinary Saturday
  ])('%s working: %s', (d, working) => {
    expect(cal.isWorkingDay(d)).toBe(working);
  });
});

describe('no working day inside an announced break', () => {
  it.each([
    ['2018-02-14', '2018-02-20'],
    ['2019-02-02', '2019-02-10'],
    ['2020-01-23', '2020-01-29'],
    ['2021-02-10', '2021-02-16'],
    ['2022-01-29', '2022-02-06'],
    ['2023-01-20', '2023-01-26'],
    ['2024-02-08', '2024-02-14'],
    ['2025-01-25', '2025-02-02'],
    ['2026-02-14', '2026-02-22'],
    ['2021-09-02', '2021-09-05'],
    ['2024-08-31', '2024-09-03'],
    ['2025-08-30', '2025-09-02'],
    ['2026-08-29', '2026-09-02'],
  ])('%s – %s', (from, to) => {
    expect(daysBetween(from, to).filter((d) => cal.isWorkingDay(d))).toEqual([]);
    // ... and the weekday right after the break is a working day.
    expect(cal.isWorkingDay(cal.nextWorkingDay(to))).toBe(true);
  });
});

describe('dayOffReason', () => {
  it.each([
    ['2018-02-16', 'Tết Nguyên Đán'],
    ['2018-02-20', 'Nghỉ bù Tết Nguyên Đán'],
    ['2018-04-25', 'Giỗ Tổ Hùng Vương'],
    ['2018-09-02', 'Quốc khánh 2/9'],
    ['2015-04-19', 'Chủ nhật'],
    ['2015-04-18', 'Thứ bảy'],
    ['2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)'],
  ])('%s: %s', (d, reason) => {
    expect(cal.dayOffReason(d)).toBe(reason);
  });
  it('is null for a working day, also a make-up Saturday', () => {
    expect(cal.dayOffReason('2018-02-21')).toBeNull();
    expect(cal.dayOffReason('2019-01-05')).toBeNull();
  });
});

describe('working-day arithmetic', () => {
  it('counts 5 working days before Tết 2018 across a weekend', () => {
    // Due Wednesday 21/02/2018: 5 working days earlier skips 14–20/02 and the weekend 10–11/02 → Wednesday 07/02.
    expect(cal.addWorkingDays('2018-02-21', -5)).toBe('2018-02-07');
    expect(cal.addWorkingDays('2018-02-07', 5)).toBe('2018-02-21');
  });
  it('n = 0 is the day itself, n = 1 the next working day', () => {
    expect(cal.addWorkingDays('2018-02-17', 0)).toBe('2018-02-17');
    expect(cal.addWorkingDays('2018-02-13', 1)).toBe('2018-02-21');
    expect(cal.nextWorkingDay('2018-02-13')).toBe('2018-02-21');
    expect(cal.previousWorkingDay('2018-02-21')).toBe('2018-02-13');
  });
  it('workingDaysBetween counts (from, to] and is the inverse of addWorkingDays', () => {
    expect(cal.workingDaysBetween('2018-02-13', '2018-02-21')).toBe(1);
    expect(cal.workingDaysBetween('2018-02-07', '2018-02-21')).toBe(5);
    expect(cal.workingDaysBetween('2018-02-21', '2018-02-07')).toBe(-5);
    expect(cal.workingDaysBetween('2018-02-21', '2018-02-21')).toBe(0);
    // Whole year 2019: 365 days − 104 weekend days − 11 weekday days off (1/1; 4–8/2; 15/4; 29/4, 30/4, 1/5; 2/9)
    // + 2 make-up Saturdays (5/1, 4/5) = 252.
    expect(cal.workingDaysBetween('2018-12-31', '2019-12-31')).toBe(252);
  });
  it('rejects a fractional count and an impossible date', () => {
    expect(() => cal.addWorkingDays('2018-02-13', 1.5)).toThrow(/số nguyên/);
    expect(() => cal.isWorkingDay('2019-02-29')).toThrow(/2019-02-29/);
  });
});

describe('without yearly data the statute applies', () => {
  it('Tết 2030 is 2 February in Vietnam (3 February in China): 1/2 (30 Tết) and 2/2 are off', () => {
    expect(statutoryCalendar.dayOffReason('2030-02-02')).toBe('Tết Nguyên Đán');
    expect(statutoryCalendar.dayOffReason('2030-02-01')).toBe('Tết Nguyên Đán');
  });
  it('2027 (no notice found): 1/5 on Saturday is compensated on Monday 3/5', () => {
    expect(statutoryCalendar.isWorkingDay('2027-05-03')).toBe(false);
    expect(configuredCalendar().isWorkingDay('2027-05-03')).toBe(false);
    expect(statutoryCalendar.dayOffReason('2027-05-03')).toBe('Nghỉ bù Ngày Quốc tế Lao động 1/5');
  });
  it('Quốc khánh has one day until 2020 and two from 2021 (Labour Code 2019, art. 112)', () => {
    // 2020: 2/9 Wednesday, 1/9 and 3/9 working.
    expect(statutoryCalendar.isWorkingDay('2020-09-01')).toBe(true);
    expect(statutoryCalendar.isWorkingDay('2020-09-03')).toBe(true);
    // 2030: 2/9 Monday → 3/9 Tuesday.
    expect(statutoryCalendar.isWorkingDay('2030-09-02')).toBe(false);
    expect(statutoryCalendar.isWorkingDay('2030-09-03')).toBe(false);
  });
});
