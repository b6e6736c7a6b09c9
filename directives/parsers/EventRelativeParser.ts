import { COUNT, parseCount } from '../constants';
import { readDate } from '../dateGrammar';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * A period counted from an event: "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản",
 * "chậm nhất 05 ngày sau khi kết thúc đợt kiểm tra", "sau khi Chương trình công tác năm 2018 … được ban hành",
 * "trong vòng 10 ngày kể từ ngày 01/3/2018" (a dated start: a one-off deadline, day 11/3/2018),
 * "trong vòng 24 giờ sau khi xảy ra thiên tai" (an event; no period, as hours are not one).
 */
export class EventRelativeParser implements PhraseParser {
  readonly name = 'EventRelativeParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:(?:trong|chậm nhất|muộn nhất|không quá|sau)[ \\t]+(?:(?:vòng|thời hạn|thời gian|là)[ \\t]+)?${COUNT}[ \\t]+(ngày làm việc|ngày|tháng|giờ)[ \\t]*,?[ \\t]*` +
        `(?:kể từ|tính từ|sau khi|từ khi|sau)[ \\t]+([^.;\\n(]{3,160}?))` +
        `|sau khi[ \\t]+([^.;\\n(]{3,160}?)[ \\t]+(?:được|đã được)[ \\t]+(?:ký[ \\t]+)?(?:ban hành|phê duyệt|thông qua|công bố|ký))(?=[.;,\\n(]|$)`,
      'giu',
    );
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const end = match.index + match[0].length;
    if (match[4] !== undefined) {
      return candidate(this.name, match.index, end, { kind: 'event', event: match[0].replace(/^sau khi\s+/iu, '').trim() });
    }
    const count = parseCount(match[1]);
    if (count === null || count <= 0) return null;
    const unitText = match[2].toLowerCase();
    // Hours ("trong vòng 24 giờ sau khi xảy ra thiên tai"): an event; the spec's periods count days or months.
    if (unitText === 'giờ') return candidate(this.name, match.index, match.index + match[0].length, { kind: 'event', event: match[3].trim() });
    const unit = unitText === 'ngày làm việc' ? 'workingDay' : unitText === 'tháng' ? 'month' : 'day';
    const event = match[3].trim();
    const dated = /^ngày[ \t]+/iu.exec(event);
    if (dated && unit === 'day') {
      const start = readDate(event, dated[0].length);
      // A period from a written day: it starts the next day and ends `count` days later (Civil Code art. 147).
      if (start && start.month !== null && start.end === event.length) {
        return candidate(this.name, match.index, end, {
          targets: [{ year: start.year, month: start.month, day: start.day, offsetDays: count }],
          period: { count, unit },
        });
      }
    }
    return candidate(this.name, match.index, end, { kind: 'event', event, period: { count, unit } });
  }
}
