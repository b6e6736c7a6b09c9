import { ROMAN, WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * "trong quý I/2018" (31/03/2018), "hoàn thành trong Quý III năm 2019", "hết quý 2/2020", "cuối quý IV",
 * "trước quý III/2018" (30/06/2018, the end of the previous quarter).
 */
export class WithinQuarterParser implements PhraseParser {
  readonly name = 'WithinQuarterParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:chậm nhất|muộn nhất|hoàn thành|hoàn tất|xong)(?:[ \\t]+là)?[ \\t]+)?(?:(trước)|trong|ngay trong|hết|đến hết|cuối|vào cuối|(?:thời hạn hoàn thành|thời hạn thực hiện|thời hạn|thời gian hoàn thành|thời gian thực hiện|hạn hoàn thành)(?:[ \\t]+là)?[ \\t]*[:：])[ \\t]*` +
        `quý[ \\t]+(IV|III|II|I|[1-4])${WE}(?:[ \\t]*[/.-][ \\t]*(\\d{4})|[ \\t]*,?[ \\t]*năm[ \\t]+(\\d{4}))?(?!\\d)`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const quarter = ROMAN[match[2].toUpperCase()] ?? Number(match[2]);
    const yearText = match[3] ?? match[4];
    const year = yearText ? Number(yearText) : null;
    const before = match[1] !== undefined && context.rules.beforePeriodMeansPreviousEnd;
    const target = before
      ? { year, month: quarter * 3 - 2, day: 1, offsetDays: -1 }
      : { year, month: quarter * 3, day: 'last' as const, offsetDays: 0 };
    return candidate(this.name, match.index, match.index + match[0].length, { targets: [target] });
  }
}
