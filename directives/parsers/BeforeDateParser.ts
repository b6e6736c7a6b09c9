import type { Candidate, ParsingContext, PhraseParser } from '../types';
import { clockTime, dateListCandidate } from './shared';

/**
 * "trước ngày 20/01/2018", "gửi về Sở … trước ngày 20/4 và 30/10 năm 2015", "hoàn thành trước ngày 15-3-2019",
 * "trước 14 giờ, ngày 20/01/2018" (the day itself, until 14:00), "trước 16h00 ngày 05/3",
 * "trước ngày 20/4 và 30/10 hằng năm" (yearly).
 * Under the default reading rules the last on-time day of "trước ngày D" is D − 1.
 */
export class BeforeDateParser implements PhraseParser {
  readonly name = 'BeforeDateParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:hoàn thành|hoàn tất|xong)[ \\t]+)?trước[ \\t]+` +
        `(?:(\\d{1,2})[ \\t]*(?:giờ|h|g)[ \\t]*(\\d{2})?(?:[ \\t]*phút)?[ \\t]*,?[ \\t]*(?:(?:vào[ \\t]+)?ngày[ \\t]+)?|(?:vào[ \\t]+)?ngày[ \\t]+|(?=\\d))`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const time = clockTime(match[1], match[2]);
    const offset = time ? 0 : context.rules.beforeOffsetDays;
    return dateListCandidate(this.name, context.text, match.index, match.index + match[0].length, offset, time);
  }
}
