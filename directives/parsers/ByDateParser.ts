import type { Candidate, ParsingContext, PhraseParser } from '../types';
import { clockTime, dateListCandidate } from './shared';

/**
 * The day itself is the last on-time day: "trong ngày 20/01/2018", "đến ngày 31/3/2018", "đến hết ngày 31/12",
 * "hoàn thành ngày 15/5/2019", "hoàn thành trong ngày 10/6", "hoàn tất vào ngày 30/9/2020", "kết thúc ngày …".
 */
export class ByDateParser implements PhraseParser {
  readonly name = 'ByDateParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:hoàn thành|hoàn tất|xong|kết thúc)(?:[ \\t]+(?:trong|vào|đến hết|đến|tới))?|trong|đến hết|đến|tới|hết)[ \\t]+` +
        `(?:(\\d{1,2})[ \\t]*(?:giờ|h|g)[ \\t]*(\\d{2})?(?:[ \\t]*phút)?[ \\t]*,?[ \\t]*)?ngày[ \\t]+`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const time = clockTime(match[1], match[2]);
    return dateListCandidate(this.name, context.text, match.index, match.index + match[0].length, 0, time);
  }
}
