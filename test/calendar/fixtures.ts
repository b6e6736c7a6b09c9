/** Calendars and policies the calendar tests share. */
import path from 'node:path';
import { createCalendar, type EscalationPolicy, type LegalCalendar } from '../../calendar';
import { loadHolidayData } from '../../config/holidays';
import { loadEscalation } from '../../config/escalation';

export const HOLIDAYS_DIR = path.join(__dirname, '..', '..', 'config', 'holidays');

let configured: LegalCalendar | undefined;
/** The calendar with every config/holidays/<year>.yaml (the Government's decided schedules). */
export function configuredCalendar(): LegalCalendar {
  configured ??= createCalendar(loadHolidayData(HOLIDAYS_DIR));
  return configured;
}

/** The statute alone, no yearly schedule. */
export const statutoryCalendar = createCalendar();

/** config/escalation.yaml's default ladder: −5, −2, 0, +1, +5 working days at 08:00. */
export function defaultPolicy(): EscalationPolicy {
  return loadEscalation().defaultPolicy;
}

/** Every day from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
