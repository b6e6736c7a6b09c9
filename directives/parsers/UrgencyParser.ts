import { WE } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * Tasks with no date: "Khẩn trương …" (urgent: the configurable default period applies), "Tiếp tục …",
 * "Thường xuyên …". Kind 'none'; a task with a dated deadline keeps only that one (UrgencyMergeRefiner).
 */
export class UrgencyParser implements PhraseParser {
  readonly name = 'UrgencyParser';
  pattern(): RegExp {
    return new RegExp(`(khẩn trương|tiếp tục|thường xuyên)${WE}`, 'giu');
  }
  extract(_context: ParsingContext, match: RegExpExecArray): Candidate | null {
    return candidate(this.name, match.index, match.index + match[0].length, {
      kind: 'none', urgent: match[1].toLowerCase() === 'khẩn trương',
    });
  }
}
