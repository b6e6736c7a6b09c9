import { WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * A year is a deadline only after a verb of completion: "hoàn thành trong năm 2018" (31/12/2018),
 * "phấn đấu hoàn thành việc cấp giấy chứng nhận trong năm 2019", "đưa vào sử dụng trước năm 2021"
 * (31/12/2020), "Thời hạn hoàn thành: năm 2023". "kế hoạch năm 2018", "giai đoạn 2016 - 2020" stay topics.
 */
export class WithinYearParser implements PhraseParser {
  readonly name = 'WithinYearParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:hoàn thành|hoàn tất|hoàn thiện|thực hiện xong|xong|kết thúc|đưa vào (?:sử dụng|hoạt động|vận hành))` +
        `(?:[ \\t]+[^\\s.;:!?]+){0,8}?[ \\t]+(?:(trước)|trong|ngay trong|chậm nhất trong|chậm nhất|cuối)` +
        `|(?:thời hạn hoàn thành|thời hạn|thời gian hoàn thành|hạn hoàn thành)[ \\t]*[:：][ \\t]*(?:(trước)|trong|cuối)?)[ \\t]+năm[ \\t]+(\\d{4})${WE}`,
      'giu',
    );
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const year = Number(match[3]);
    const target = (match[1] ?? match[2]) !== undefined ? { year, month: 1, day: 1, offsetDays: -1 } : { year, month: 12, day: 31, offsetDays: 0 };
    return candidate(this.name, match.index, match.index + match[0].length, { targets: [target] });
  }
}
