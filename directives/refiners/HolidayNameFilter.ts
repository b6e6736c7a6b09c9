import { HOLIDAY_CONTEXT } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { before } from './context';

/** "nghỉ Lễ 30/4 – 1/5", "dịp Quốc khánh 2/9", "ngày Quốc tế thiếu nhi (1-6)": names of days, not deadlines. */
export class HolidayNameFilter implements Refiner {
  readonly name = 'HolidayNameFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => c.kind !== 'once' || c.lunar !== undefined || !HOLIDAY_CONTEXT.test(before(context.text, c.index, 50)));
  }
}
