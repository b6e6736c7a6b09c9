/** Helpers the date-phrase parsers share: turning a written date list into a candidate, recurrence suffixes. */
import { addDays, daysInMonth, fromIso, toIso } from '../dates';
import { readDateList } from '../dateGrammar';
import { candidate, type Candidate, type DateTarget } from '../types';

const YEARLY_SUFFIX = /[ \t]*,?[ \t]*(?:của[ \t]+)?(?:hằng|hàng|mỗi)[ \t]+năm(?![\p{L}\p{N}])/iuy;

/** Month/day of a yearly rule after the offset, computed in a non-leap year. */
export function shiftedMonthDay(month: number, day: number, offsetDays: number): { month: number; day: number } {
  const iso = addDays(toIso({ year: 2001, month, day: Math.min(day, daysInMonth(2001, month)) }), offsetDays);
  const { month: m, day: d } = fromIso(iso);
  return { month: m, day: d };
}

/**
 * Reads the date list at `at` and builds the candidate: one target per date, or a yearly recurrence when
 * the list is followed by "hằng năm" and carries no year.
 */
export function dateListCandidate(
  parser: string, text: string, index: number, at: number, offsetDays: number, time: string | null,
): Candidate | null {
  const list = readDateList(text, at);
  if (!list) return null;
  const targets: DateTarget[] = list.dates.map((d) => ({ year: d.year, month: d.month ?? 1, day: d.day, offsetDays }));
  YEARLY_SUFFIX.lastIndex = list.end;
  const yearly = YEARLY_SUFFIX.exec(text);
  if (yearly && list.dates.every((d) => d.year === null)) {
    return candidate(parser, index, list.end + yearly[0].length, {
      kind: 'recurring', time,
      recurrence: { freq: 'yearly', dates: list.dates.map((d) => shiftedMonthDay(d.month ?? 1, d.day, offsetDays)) },
    });
  }
  return candidate(parser, index, list.end, { kind: 'once', targets, time });
}

export function clockTime(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
