import { DOCUMENT_NUMBER_TAIL } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';

/** "số 09/2019/NĐ-CP", "Quyết định số 1454 /QĐ-UBND": numbers that only look like dates. */
export class DocumentNumberFilter implements Refiner {
  readonly name = 'DocumentNumberFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      const head = context.text.slice(Math.max(0, c.index - 12), c.index);
      if (/(?<![\p{L}])số[ \t]*$/iu.test(head)) return false;
      return !DOCUMENT_NUMBER_TAIL.test(context.text.slice(c.end, c.end + 12));
    });
  }
}
