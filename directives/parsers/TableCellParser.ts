import { ROMAN } from '../constants';
import { readDate } from '../dateGrammar';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/** "Trong năm 2026", "Xong trong Quý II/2026", "Hoàn thành trong tháng 5/2026": the column is a time of completion. */
const CELL_LEAD = '(?:(?:xong|hoàn thành|hoàn tất|thực hiện xong)[ \\t]+)?(?:trong[ \\t]+)?';

/**
 * A task table's time column holds bare periods: "| Quý II/2023 |", "| Tháng 6/2023 |", "| Năm 2024 |",
 * "| 30/6/2023 |", "| Quý II năm 2026 |", "| Trong năm 2026 |". A cell that is nothing but the period, with at most
 * "trong" and a verb of completion before it, is the deadline (its end): the column says when, so even a bare year
 * counts here, while "trong năm 2026" in a sentence stays a topic. Anything more in the cell ("Kế hoạch năm 2023")
 * and it is not. Cells with a deadline word ("Trước 30/6/2023") are the other parsers'.
 */
export class TableCellParser implements PhraseParser {
  readonly name = 'TableCellParser';
  pattern(): RegExp {
    return new RegExp(
      `\\|[ \\t]*(?:${CELL_LEAD}(?:quý[ \\t]+(IV|III|II|I|[1-4])|tháng[ \\t]+(\\d{1,2})|(năm))(?:[ \\t]*(?:[/.-]|năm)?[ \\t]*(\\d{4}))?(?=[ \\t]*\\|)` +
        `|(\\d{1,2})(?=[ \\t]*[/.-][ \\t]*\\d))`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    // The pattern starts at the cell's bar (a leading lookbehind would be slow); the phrase starts after it.
    const start = match.index + /^\|[ \t]*/u.exec(match[0])![0].length;
    const end = match.index + match[0].length;
    const year = match[4] ? Number(match[4]) : null;
    if (match[1]) {
      const quarter = ROMAN[match[1].toUpperCase()] ?? Number(match[1]);
      return candidate(this.name, start, end, { targets: [{ year, month: quarter * 3, day: 'last', offsetDays: 0 }] });
    }
    if (match[2]) {
      const month = Number(match[2]);
      if (month < 1 || month > 12) return null;
      return candidate(this.name, start, end, { targets: [{ year, month, day: 'last', offsetDays: 0 }] });
    }
    if (match[3]) {
      if (year === null) return null;
      return candidate(this.name, start, end, { targets: [{ year, month: 12, day: 31, offsetDays: 0 }] });
    }
    const d = readDate(context.text, start);
    if (!d || d.month === null || !/^[ \t]*\|/u.test(context.text.slice(d.end, d.end + 4))) return null;
    return candidate(this.name, start, d.end, { targets: [{ year: d.year, month: d.month, day: d.day, offsetDays: 0 }] });
  }
}
