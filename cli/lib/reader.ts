/**
 * The directive reader for the CLI, with the agency directory and the configured calendar. A text that is
 * not a directive is bad input (exit 2) with the reason.
 */
import { loadAgencyDirectory, type AgencyDirectory } from '../../config/agencies';
import { loadCalendar } from '../../config/calendar';
import { calendarHook, readDirective, type CalendarHook } from '../../directives';
import type { DirectiveSpec } from '../../directives/spec';
import { badInput } from './exit';

let configured: { agencies: AgencyDirectory; calendar: CalendarHook } | null = null;

export function readSpec(text: string, options: { issuedOn?: string }): DirectiveSpec {
  if (!text.trim()) throw badInput('Văn bản rỗng');
  if (!configured) {
    configured = { agencies: loadAgencyDirectory(), calendar: calendarHook(loadCalendar()) };
  }
  const spec = readDirective(text, { issuedOn: options.issuedOn, ...configured });
  const notDirective = spec.warnings.find((w) => w.code === 'not-a-directive');
  if (notDirective) throw badInput(`Không phải văn bản chỉ đạo: ${notDirective.message}`);
  if (spec.tasks.length === 0) throw badInput('Không phải văn bản chỉ đạo: không tìm thấy nhiệm vụ nào được giao');
  return spec;
}
