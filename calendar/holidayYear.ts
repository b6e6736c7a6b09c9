/**
 * One year of the Government's schedule of days off for cán bộ, công chức, viên chức (Saturday + Sunday weekly
 * rest): the data a `config/holidays/<year>.yaml` file holds, and what workflows receive in their input. Serialisable.
 *
 * - status 'decided': `daysOff` lists every weekday off that year (holidays, nghỉ bù, hoán đổi) and may list weekend
 *   holidays too, for their label; `workingDays` lists the make-up Saturdays (ngày làm bù). The calendar uses
 *   exactly these for the year; the statute only checks them (validateHolidayYear).
 * - status 'statutory': no notice is known; the calendar applies the statutory rule (impl/statutory.ts) and the
 *   lists must be empty.
 * Dates belong to the file of the calendar year they fall in (31/12/2018, a day off for Tết Dương lịch 2019, is in 2018).
 */
import { z } from 'zod';
import { CivilDate } from './types';

export const HolidaySource = z.object({
  /** "Thông báo 573/TB-VPCP ngày 14/12/2017" or "Bộ luật Lao động 2019, Điều 112". */
  title: z.string().min(1),
  url: z.string().url().optional(),
  /** What this source supports, and how directly (official text, news quoting it, ...). */
  note: z.string().optional(),
});
export type HolidaySource = z.infer<typeof HolidaySource>;

export const DayOffKind = z.enum(['holiday', 'compensatory', 'swap', 'extra']);
export type DayOffKind = z.infer<typeof DayOffKind>;

export const DayOff = z.object({
  date: CivilDate,
  kind: DayOffKind,
  /** Shown to people: "Tết Nguyên Đán", "Nghỉ bù Quốc khánh", "Nghỉ hoán đổi (làm bù thứ Bảy 04/5)". */
  reason: z.string().min(1),
});
export type DayOff = z.infer<typeof DayOff>;

export const MakeUpDay = z.object({
  date: CivilDate,
  /** "Làm bù cho ngày 29/4". */
  reason: z.string().min(1),
});
export type MakeUpDay = z.infer<typeof MakeUpDay>;

export const HolidayYear = z.object({
  year: z.number().int().min(1990).max(2199),
  status: z.enum(['decided', 'statutory']),
  /** The law the year falls under: "Bộ luật Lao động 2012, Điều 115". */
  legalBasis: z.string().min(1),
  sources: z.array(HolidaySource).min(1),
  daysOff: z.array(DayOff).default([]),
  workingDays: z.array(MakeUpDay).default([]),
  /** What is uncertain or left to the statute. */
  notes: z.array(z.string()).default([]),
});
export type HolidayYear = z.infer<typeof HolidayYear>;
export type HolidayYearInput = z.input<typeof HolidayYear>;
