import type { RecurrenceRule } from '../../calendar/types';
import { WE } from '../constants';
import { readDate, readDateList } from '../dateGrammar';
import { shiftedMonthDay } from './shared';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

type Period = 'monthly' | 'quarterly' | 'semiannual' | 'annual';
const PERIOD = '(?:(?:hằng|hàng|mỗi)[ \\t]+)?(?:0?6[ \\t]+tháng|sáu[ \\t]+tháng|0?1[ \\t]+năm|một[ \\t]+năm|năm|quý|tháng)(?:[ \\t]+(?:một|0?1)[ \\t]+lần)?';
/** The period's own day in brackets right after it: "hàng năm (trước ngày 10/12)", "hằng tháng (trước ngày 20)". */
const DAY_NOTE = '[ \\t]*\\([ \\t]*(trước|chậm nhất|muộn nhất|vào)[ \\t]+(?:ngày[ \\t]+)?([^()\\n]{1,40})\\)';
const PART = `(${PERIOD})${WE}(?:${DAY_NOTE})?`;
const SEP = '(?:[ \\t]*[,;][ \\t]*|[ \\t]+(?:và|hoặc)[ \\t]+)';

function periodOf(word: string): Period | null {
  const w = word.toLowerCase();
  if (/(6|sáu)\s+tháng/u.test(w)) return 'semiannual';
  if (/năm/u.test(w)) return 'annual';
  if (/quý/u.test(w)) return 'quarterly';
  if (/tháng/u.test(w)) return 'monthly';
  return null;
}

/** Month/day after the offset, computed in a non-leap year (as a yearly rule has no year). */
/**
 * The rule a bracketed day gives its period: days with a month recur yearly ("hàng năm (trước ngày 10/12)" = 9/12;
 * "6 tháng (trước ngày 15/6)" = 14/6 each year), a bare day monthly. A written year makes it a one-off: not ours.
 */
function dayRule(period: Period, keyword: string, note: string, offsetBefore: number): RecurrenceRule | null {
  const offset = keyword.toLowerCase() === 'trước' ? offsetBefore : 0;
  const list = readDateList(note, 0);
  if (list && /^[ \t]*$/u.test(note.slice(list.end)) && list.dates.every((d) => d.year === null)) {
    return { freq: 'yearly', dates: list.dates.map((d) => shiftedMonthDay(d.month ?? 1, d.day, offset)) };
  }
  const bare = period === 'monthly' ? readDate(note, 0, true) : null;
  if (bare && bare.month === null && /^[ \t]*$/u.test(note.slice(bare.end))) {
    return { freq: 'monthly', day: bare.day + offset >= 1 ? bare.day + offset : 'last' };
  }
  return null;
}

/**
 * "chế độ báo cáo định kỳ (6 tháng, một năm)", "định kỳ hằng quý", "báo cáo định kỳ 6 tháng và năm",
 * "Định kỳ hằng năm, báo cáo …". The organisation's reporting calendar gives the due days, unless the text writes
 * them in brackets after the period ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)"): then one
 * rule per period, with its days, and the bracketed "trước ngày D" is no one-off deadline of its own.
 * "định kỳ tổng hợp báo cáo" without a period says nothing about when: no match.
 */
export class PeriodicReportParser implements PhraseParser {
  readonly name = 'PeriodicReportParser';
  pattern(): RegExp {
    return new RegExp(`(định kỳ[ \\t]*\\(?[ \\t]*)(${PART}(?:${SEP}${PART})*)[ \\t]*\\)?`, 'giu');
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | Candidate[] | null {
    const listStart = match.index + match[1].length;
    const parts: Array<{ period: Period; start: number; end: number; rule: RecurrenceRule | null }> = [];
    const partRe = new RegExp(PART, 'giu');
    for (let m = partRe.exec(match[2]); m; m = partRe.exec(match[2])) {
      const period = periodOf(m[1]);
      if (!period) continue;
      const rule = m[2] ? dayRule(period, m[2], m[3], context.rules.beforeOffsetDays) : null;
      // An unreadable bracket stays outside the phrase, for the other parsers.
      const start = listStart + m.index;
      parts.push({ period, start, end: start + (rule ? m[0].length : m[1].length), rule });
    }
    if (parts.length === 0) return null;
    if (parts.every((p) => p.rule === null)) {
      const periods = [...new Set(parts.map((p) => p.period))];
      // The closing bracket of "định kỳ (6 tháng, một năm)" only, not that of a date left to the other parsers.
      const last = parts[parts.length - 1].end;
      const close = match[1].includes('(') ? /[ \t]*\)/uy : null;
      if (close) close.lastIndex = last;
      const closed = close?.exec(context.text);
      return candidate(this.name, match.index, last + (closed ? closed[0].length : 0), {
        kind: 'recurring', recurrence: { freq: 'reporting', periods },
      });
    }
    // One candidate per period, each ending at its own bracket, so none swallows the next.
    return parts.map((p, i) => candidate(this.name, i === 0 ? match.index : p.start, p.end, {
      kind: 'recurring', recurrence: p.rule ?? { freq: 'reporting', periods: [p.period] },
    }));
  }
}
