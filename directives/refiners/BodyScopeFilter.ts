import type { Candidate, RefineContext, Refiner } from '../types';

/** The document's own date, the header and the distribution list are never deadlines: only the body counts. */
export class BodyScopeFilter implements Refiner {
  readonly name = 'BodyScopeFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => context.bodies.some((b) => c.index >= b.start && c.end <= b.end));
  }
}
