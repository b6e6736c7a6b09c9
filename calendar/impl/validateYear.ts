/**
 * Checks a year's schedule against the statute: the schedule may add days off and move the non-fixed ones, but it
 * may not make a statutory holiday a working day, forget one, or give fewer days off than the statute.
 * Returns problems (field + Vietnamese message); an empty list means the year is consistent.
 */
import type { HolidayYear } from '../holidayYear';
import { isWeekend, parseCivil } from './civil';
import { LABOUR_CODE_2019_FROM, legalBasisOf, statutoryDayCount, statutoryHolidays } from './statutory';

export interface YearProblem {
  field: string;
  message: string;
}

export function validateHolidayYear(y: HolidayYear): YearProblem[] {
  const problems: YearProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const off = new Map<string, number>();
  y.daysOff.forEach((d, i) => {
    if (parseCivil(d.date).year !== y.year) add(`daysOff[${i}].date`, `ngày ${d.date} không thuộc năm ${y.year}`);
    if (off.has(d.date)) add(`daysOff[${i}].date`, `ngày ${d.date} bị lặp (đã có ở daysOff[${off.get(d.date)}])`);
    off.set(d.date, i);
  });
  const work = new Set<string>();
  y.workingDays.forEach((d, i) => {
    if (parseCivil(d.date).year !== y.year) add(`workingDays[${i}].date`, `ngày ${d.date} không thuộc năm ${y.year}`);
    if (!isWeekend(d.date)) add(`workingDays[${i}].date`, `ngày làm bù ${d.date} phải là thứ Bảy hoặc Chủ nhật`);
    if (off.has(d.date)) add(`workingDays[${i}].date`, `ngày ${d.date} vừa là ngày nghỉ vừa là ngày làm bù`);
    if (work.has(d.date)) add(`workingDays[${i}].date`, `ngày ${d.date} bị lặp`);
    work.add(d.date);
  });

  if (y.status === 'statutory') {
    if (y.daysOff.length > 0 || y.workingDays.length > 0) {
      add('status', 'năm áp dụng quy định của Bộ luật (statutory) không được liệt kê daysOff/workingDays; dùng status: decided');
    }
    return problems;
  }

  const basis = legalBasisOf(y.year);
  for (const h of statutoryHolidays(y.year)) {
    if (!h.fixed) continue;
    if (work.has(h.date)) add('workingDays', `ngày ${h.date} (${h.reason}) là ngày nghỉ lễ theo ${basis}, không thể là ngày làm bù`);
    else if (!isWeekend(h.date) && !off.has(h.date)) {
      add('daysOff', `thiếu ngày ${h.date} (${h.reason}): ngày nghỉ lễ theo ${basis}`);
    }
  }
  if (y.year >= LABOUR_CODE_2019_FROM) {
    const before = `${y.year}-09-01`;
    const after = `${y.year}-09-03`;
    const hasAdjacent = [before, after].some((d) => off.has(d) || (isWeekend(d) && !work.has(d)));
    if (!hasAdjacent) add('daysOff', `thiếu ngày liền kề Quốc khánh (${before} hoặc ${after}): ${basis} cho nghỉ 02 ngày`);
  }
  // Swapped days (hoán đổi) are paid back by make-up Saturdays, possibly in the next year's file (31/12/2018 for
  // 05/01/2019), so they do not count: the other weekday days off must cover the statutory days.
  const weekdayOff = y.daysOff.filter((d) => !isWeekend(d.date) && d.kind !== 'swap').length;
  const required = statutoryDayCount(y.year);
  if (weekdayOff < required) {
    add(
      'daysOff',
      `chỉ có ${weekdayOff} ngày nghỉ lễ/nghỉ bù trong tuần (không tính hoán đổi), ít hơn ${required} ngày nghỉ lễ theo ${basis} ` +
        `(ngày lễ trùng ngày nghỉ hằng tuần phải được nghỉ bù)`,
    );
  }
  return problems;
}
