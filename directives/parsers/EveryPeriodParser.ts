import { WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

const PERIODS = { năm: 'annual', quý: 'quarterly', tháng: 'monthly' } as const;

/**
 * "Hằng năm, tham mưu …", "báo cáo hằng quý", "gửi báo cáo hàng tháng", "mỗi năm". Whether it is an obligation
 * or a topic ("kế hoạch hằng năm", "Tháng hành động vì trẻ em hằng năm") is TopicRecurrenceFilter's call.
 */
export class EveryPeriodParser implements PhraseParser {
  readonly name = 'EveryPeriodParser';
  pattern(): RegExp {
    return new RegExp(`(?:hằng|hàng|mỗi)[ \\t]+(năm|quý|tháng)${WE}`, 'giu');
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const period = PERIODS[match[1].toLowerCase() as keyof typeof PERIODS];
    return candidate(this.name, match.index, match.index + match[0].length, {
      kind: 'recurring', recurrence: { freq: 'reporting', periods: [period] },
    });
  }
}
