import { readDate } from '../dateGrammar';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

const TO = /[ \t]*(?:đến|tới|-|–|—)[ \t]*(?:hết[ \t]+)?(?:ngày[ \t]+)?/iuy;
const MONTHLY = /[ \t]*,?[ \t]*(?:của[ \t]+)?(?:hằng|hàng|mỗi)[ \t]+tháng(?![\p{L}\p{N}])/iuy;

/**
 * "từ ngày 01/3/2018 đến ngày 31/3/2018", "từ ngày 15 đến hết ngày 20/6/2019" (the first day takes the
 * second's month and year), "từ ngày 1 đến ngày 5 hằng tháng" (monthly, window 1–5).
 * The last day is the deadline; the first opens the window.
 */
export class WindowParser implements PhraseParser {
  readonly name = 'WindowParser';
  pattern(): RegExp {
    return new RegExp(`từ[ \\t]+(?:ngày[ \\t]+)?(?=\\d)`, 'giu');
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const text = context.text;
    const a = readDate(text, match.index + match[0].length, true);
    if (!a) return null;
    TO.lastIndex = a.end;
    const to = TO.exec(text);
    if (!to) return null;
    const b = readDate(text, a.end + to[0].length, true);
    if (!b) return null;
    MONTHLY.lastIndex = b.end;
    const monthly = MONTHLY.exec(text);
    if (monthly && a.month === null && b.month === null) {
      if (a.day > b.day) return null;
      return candidate(this.name, match.index, b.end + monthly[0].length, {
        kind: 'recurring', recurrence: { freq: 'monthly', day: b.day, windowStart: a.day },
      });
    }
    if (b.month === null) return null;
    const startMonth = a.month ?? b.month;
    const startYear = a.year ?? b.year;
    return candidate(this.name, match.index, b.end, {
      targets: [{ year: b.year, month: b.month, day: b.day, offsetDays: 0 }],
      windowStart: { year: startYear, month: startMonth, day: a.day, offsetDays: 0 },
    });
  }
}
