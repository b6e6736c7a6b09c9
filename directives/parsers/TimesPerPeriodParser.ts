import { WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';
import type { RecurrenceRule } from '../../calendar/types';

/**
 * "ít nhất 01 lần/tháng" (by the last day of each month), "tối thiểu 1 lần/quý", "02 lần/năm",
 * "01 lần trong tháng", "một lần mỗi tuần" (by Friday, the last working day of the week).
 */
export class TimesPerPeriodParser implements PhraseParser {
  readonly name = 'TimesPerPeriodParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:ít nhất|tối thiểu)[ \\t]+)?(\\d{1,2}|một|hai)[ \\t]*lần[ \\t]*(?:\\/|trên|mỗi|một|trong)[ \\t]*(?:(?:một|0?1)[ \\t]+)?(tháng|quý|năm|tuần)${WE}`,
      'giu',
    );
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const unit = match[2].toLowerCase();
    const rule: RecurrenceRule =
      unit === 'tháng' ? { freq: 'monthly', day: 'last' }
        : unit === 'quý' ? { freq: 'quarterly', day: 'last', monthOfQuarter: 3 }
          : unit === 'năm' ? { freq: 'yearly', dates: [{ month: 12, day: 31 }] }
            : { freq: 'weekly', weekday: 5 };
    return candidate(this.name, match.index, match.index + match[0].length, { kind: 'recurring', recurrence: rule });
  }
}
