/**
 * The legal calendar as configured: the yearly holiday schedules and the reporting calendar from config/.
 * Server-side helper (reads files); workflows get `calendarInput()` in their input and call createCalendar.
 */
import { createCalendar, type CalendarData, type LegalCalendar, type ReportingCalendar } from '../calendar';
import { loadHolidayData } from './holidays';
import { loadReporting } from './reporting';

export interface CalendarInput {
  data: CalendarData;
  reporting: ReportingCalendar;
}

/** Serialisable: pass it in a workflow input, then createCalendar(input.data, { reporting: input.reporting }). */
export function calendarInput(): CalendarInput {
  return { data: loadHolidayData(), reporting: loadReporting() };
}

export function loadCalendar(): LegalCalendar {
  const input = calendarInput();
  return createCalendar(input.data, { reporting: input.reporting });
}
