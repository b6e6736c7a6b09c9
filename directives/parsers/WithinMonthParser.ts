import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * "Hoàn thành trong tháng 01/2018" (31/01/2018), "trong tháng 3 năm 2019", "hết tháng 6/2020",
 * "cuối tháng 9.2020", "chậm nhất trong tháng 5", "trước tháng 9.2020" (the last day of August).
 */
export class WithinMonthParser implements PhraseParser {
  readonly name = 'WithinMonthParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:chậm nhất|muộn nhất|hoàn thành|hoàn tất|xong)(?:[ \\t]+là)?[ \\t]+)?(?:(trước)|trong|ngay trong|hết|đến hết|cuối|vào cuối|(?:thời hạn hoàn thành|thời hạn thực hiện|thời hạn|thời gian hoàn thành|thời gian thực hiện|hạn hoàn thành)(?:[ \\t]+là)?[ \\t]*[:：])[ \\t]*` +
        `tháng[ \\t]+(\\d{1,2})(?:[ \\t]*[/.-][ \\t]*(\\d{4})|[ \\t]*,?[ \\t]*năm[ \\t]+(\\d{4}))?(?![\\d]|[ \\t]*[/.-][ \\t]*\\d)`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    const yearText = match[3] ?? match[4];
    const year = yearText ? Number(yearText) : null;
    const before = match[1] !== undefined && context.rules.beforePeriodMeansPreviousEnd;
    const target = before ? { year, month, day: 1, offsetDays: -1 } : { year, month, day: 'last' as const, offsetDays: 0 };
    return candidate(this.name, match.index, match.index + match[0].length, { targets: [target] });
  }
}
