import { NEGATION } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { before } from './context';

/** "không thực hiện báo cáo hàng tháng", "bãi bỏ chế độ báo cáo định kỳ hằng quý": recurrences the text ends. */
export class AbolishedRecurrenceFilter implements Refiner {
  readonly name = 'AbolishedRecurrenceFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => c.kind === 'none' || !NEGATION.test(before(context.text, c.index, 60)));
  }
}
