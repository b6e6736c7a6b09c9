import type { Candidate, ParsingContext, PhraseParser } from '../types';
import { clockTime, dateListCandidate } from './shared';

/**
 * "chậm nhất ngày 20/01/2018", "chậm nhất vào ngày 15/3", "chậm nhất là ngày 30 tháng 6 năm 2019",
 * "muộn nhất ngày …", "hạn chót: ngày …", "thời hạn hoàn thành: ngày …", "chậm nhất trước ngày 20/01" (D − 1),
 * "chậm nhất 16 giờ 00 ngày 10/10/2020", "Thời gian hoàn thành: 30/6/2023".
 */
export class NoLaterThanParser implements PhraseParser {
  readonly name = 'NoLaterThanParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:chậm nhất|muộn nhất|hạn chót|hạn cuối|hạn hoàn thành|thời gian hoàn thành|thời hạn(?:[ \\t]+(?:hoàn thành|nộp|gửi|báo cáo|thực hiện))?)(?:[ \\t]+là)?[ \\t]*[:,]?[ \\t]*` +
        `(?:(?:vào|trong|đến hết|đến|tới|hết)[ \\t]+)?(?:(trước)[ \\t]+)?` +
        `(?:(\\d{1,2})[ \\t]*(?:giờ|h|g)[ \\t]*(\\d{2})?(?:[ \\t]*phút)?[ \\t]*,?[ \\t]*(?:(?:vào[ \\t]+)?ngày[ \\t]+)?|ngày[ \\t]+|(?=\\d))`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const time = clockTime(match[2], match[3]);
    const offset = match[1] && !time ? context.rules.beforeOffsetDays : 0;
    return dateListCandidate(this.name, context.text, match.index, match.index + match[0].length, offset, time);
  }
}
