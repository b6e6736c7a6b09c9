import { PERIOD_NOUNS } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { before } from './context';

/** "giai đoạn 2016 - 2020", "tuần từ ngày 07 - 11/12/2020", "năm học 2019 - 2020": periods, not deadlines. */
export class PeriodSpanFilter implements Refiner {
  readonly name = 'PeriodSpanFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => c.kind === 'none' || !PERIOD_NOUNS.test(before(context.text, c.index, 30)));
  }
}
