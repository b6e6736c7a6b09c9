/**
 * calendar/: Vietnamese legal time. Pure (no clock, no I/O), so workflows import it too.
 * A small surface over impl/: build a calendar with createCalendar(data) and ask it.
 */
export { createCalendar } from './legalCalendar';
export type { CalendarData, CalendarOptions, LegalCalendar, PeriodUnit } from './legalCalendar';
export { compileCalendar, createCalendarFromCompiled } from './compiled';
export type { CompiledCalendar, CompiledCalendarOptions } from './compiled';
export type { PlanInput } from './plan';
export { LATE_NOTICE_STEP_ID, OFFICE_HOURS, checkPolicy } from './plan';
export { HolidayYear, HolidaySource, DayOff, MakeUpDay, DayOffKind } from './holidayYear';
export type { HolidayYearInput } from './holidayYear';
export { ReportingCalendar, ReportingPeriod, DEFAULT_REPORTING_CALENDAR, REPORTING_PERIOD_LABELS } from './reporting';
export { validateHolidayYear } from './impl/validateYear';
export type { YearProblem } from './impl/validateYear';
export { statutoryHolidays, legalBasisOf } from './impl/statutory';
export { lunarToSolar, solarToLunar, tetDay } from './impl/lunar';
export { isoWeekday, localToInstant, instantToLocal, WEEKDAY_NAMES_VI } from './impl/civil';
export * from './types';
export { planDirective, PLAN_DEFAULTS } from './planDirective';
export type { PlanDirectiveOptions, DirectivePlan, OccurrencePlan, UnplannedDeadline, TimelineRow } from './planDirective';
