import { MEETING_CONTEXT } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { after, before } from './context';

/** "Ngày 05/01/2018, tại Hội trường …", "cuộc họp ngày …", "hội nghị trong ngày 12/3": when something happened or meets. */
export class MeetingDateFilter implements Refiner {
  readonly name = 'MeetingDateFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      if (c.kind !== 'once') return true;
      if (/^[ \t]*,?[ \t]*tại[ \t]/iu.test(after(context.text, c.end))) return false;
      return !MEETING_CONTEXT.test(before(context.text, c.index, 40));
    });
  }
}
