import type { Candidate, RefineContext, Refiner } from '../types';
import { clauseStart } from './context';

/** Nouns that "hằng năm" merely qualifies: "kế hoạch hằng năm", "Tháng hành động vì trẻ em hằng năm", "5 năm, hằng năm". */
const TOPIC_BEFORE = /(kế hoạch|chương trình|dự toán|ngân sách|tháng hành động[^.;:\n]*|năm|chỉ tiêu|nhiệm vụ|công tác)[ \t]*,?[ \t]*$/iu;
/** Only "định kỳ", commas or a conjunction between the clause start and the phrase: it leads the clause. */
const CLAUSE_LEAD = /^[\s,\-–]*(?:(?:và|đồng thời|định kỳ|thực hiện)[\s,]*)*$/iu;

/**
 * "hằng năm/quý/tháng" is an obligation when it leads its clause ("Hằng năm, tham mưu …", "; hằng năm tổ chức …")
 * or follows its verb's object ("báo cáo hằng quý", "bố trí kinh phí hằng năm"), and a topic after a planning noun.
 */
export class TopicRecurrenceFilter implements Refiner {
  readonly name = 'TopicRecurrenceFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      if (c.parser !== 'EveryPeriodParser') return true;
      const start = clauseStart(context.text, c.index);
      const head = context.text.slice(start, c.index);
      if (CLAUSE_LEAD.test(head)) return true;
      return !TOPIC_BEFORE.test(head);
    });
  }
}
