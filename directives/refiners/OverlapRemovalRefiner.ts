import type { Candidate, RefineContext, Refiner } from '../types';

/** Longer than any phrase a parser reads (event phrases run to about 200 characters). */
const MAX_PHRASE = 600;

/** Two parsers read the same words: the longer reading wins; a dated reading beats a 'none' one. */
export class OverlapRemovalRefiner implements Refiner {
  readonly name = 'OverlapRemovalRefiner';
  refine(_context: RefineContext, candidates: Candidate[]): Candidate[] {
    const sorted = [...candidates].sort((a, b) => a.index - b.index || b.end - a.end);
    const kept: Candidate[] = [];
    for (const c of sorted) {
      // Kept candidates are in start order and no phrase is long: only the last few can overlap c.
      let clash = -1;
      for (let j = kept.length - 1; j >= 0 && kept[j].index > c.index - MAX_PHRASE; j--) {
        if (c.index < kept[j].end && kept[j].index < c.end) { clash = j; break; }
      }
      if (clash < 0) { kept.push(c); continue; }
      const k = kept[clash];
      const better = (k.kind === 'none' && c.kind !== 'none') || (!(c.kind === 'none' && k.kind !== 'none') && c.end - c.index > k.end - k.index);
      if (better) kept[clash] = c;
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}
