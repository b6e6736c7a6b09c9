import { STATUS_CONTEXT } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { before } from './context';

/** "Tính đến ngày 30/11/2020, toàn tỉnh có …", "có hiệu lực đến ngày …": a state of affairs, not an obligation. */
export class StatusDateFilter implements Refiner {
  readonly name = 'StatusDateFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      if (c.kind !== 'once') return true;
      const head = before(context.text, c.index, 40);
      if (STATUS_CONTEXT.test(head) || /(hiệu lực|áp dụng|kéo dài|diễn ra)[ \t]*(?:kể[ \t]*)?$/iu.test(head)) return false;
      // "…, đến nay", "đến ngày 30/11 đã có": a report of progress.
      return !/^[ \t]*,?[ \t]*(đã|có|toàn tỉnh|toàn huyện|trên địa bàn)[ \t]/iu.test(context.text.slice(c.end, c.end + 30));
    });
  }
}
