import { WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

type Period = 'monthly' | 'quarterly' | 'semiannual' | 'annual';
const PERIOD = '(?:(?:hằng|hàng|mỗi)[ \\t]+)?(?:0?6[ \\t]+tháng|sáu[ \\t]+tháng|0?1[ \\t]+năm|một[ \\t]+năm|năm|quý|tháng)(?:[ \\t]+(?:một|0?1)[ \\t]+lần)?';

function periodOf(word: string): Period | null {
  const w = word.toLowerCase();
  if (/(6|sáu)\s+tháng/u.test(w)) return 'semiannual';
  if (/năm/u.test(w)) return 'annual';
  if (/quý/u.test(w)) return 'quarterly';
  if (/tháng/u.test(w)) return 'monthly';
  return null;
}

/**
 * "chế độ báo cáo định kỳ (6 tháng, một năm)", "định kỳ hằng quý", "báo cáo định kỳ 6 tháng và năm",
 * "Định kỳ hằng năm, báo cáo …". The organisation's reporting calendar gives the due days.
 * "định kỳ tổng hợp báo cáo" without a period says nothing about when: no match.
 */
export class PeriodicReportParser implements PhraseParser {
  readonly name = 'PeriodicReportParser';
  pattern(): RegExp {
    return new RegExp(
      `định kỳ[ \\t]*\\(?[ \\t]*(${PERIOD}(?:(?:[ \\t]*[,;][ \\t]*|[ \\t]+(?:và|hoặc)[ \\t]+)${PERIOD})*)${WE}[ \\t]*\\)?`,
      'giu',
    );
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const periods: Period[] = [];
    for (const part of match[1].split(/[,;]|\s(?:và|hoặc)\s/u)) {
      const p = periodOf(part.trim());
      if (p && !periods.includes(p)) periods.push(p);
    }
    if (periods.length === 0) return null;
    return candidate(this.name, match.index, match.index + match[0].length, {
      kind: 'recurring', recurrence: { freq: 'reporting', periods },
    });
  }
}
