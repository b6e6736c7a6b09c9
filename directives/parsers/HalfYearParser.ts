import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/** "trong 6 tháng đầu năm 2019" (30/06/2019), "hết sáu tháng cuối năm 2020" (31/12/2020). */
export class HalfYearParser implements PhraseParser {
  readonly name = 'HalfYearParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:hoàn thành|hoàn tất|xong)[ \\t]+)?(?:trong|hết|đến hết|cuối)[ \\t]+(?:0?6|sáu)[ \\t]+tháng[ \\t]+(đầu|cuối)[ \\t]+năm(?:[ \\t]+(\\d{4}))?(?!\\d)`,
      'giu',
    );
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const first = match[1].toLowerCase() === 'đầu';
    const year = match[2] ? Number(match[2]) : null;
    return candidate(this.name, match.index, match.index + match[0].length, {
      targets: [{ year, month: first ? 6 : 12, day: 'last', offsetDays: 0 }],
    });
  }
}
