import type { Candidate, RefineContext, Refiner } from '../types';

/** Two parsers read the same words: the longer reading wins; a dated reading beats a 'none' one. */
export class OverlapRemovalRefiner implements Refiner {
  readonly name = 'OverlapRemovalRefiner';
  refine(_context: RefineContext, candidates: Candidate[]): Candidate[] {
    const sorted = [...candidates].sort((a, b) => a.index - b.index || b.end - a.end);
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const clash = kept.findIndex((k) => c.index < k.end && k.index < c.end);
      if (clash < 0) { kept.push(c); continue; }
      const k = kept[clash];
      const better = (k.kind === 'none' && c.kind !== 'none') || (!(c.kind === 'none' && k.kind !== 'none') && c.end - c.index > k.end - k.index);
      if (better) kept[clash] = c;
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
