/**
 * Running the locale over a text: every parser over the whole text, then every refiner in turn (chrono's
 * Chrono.parse). Exported on its own so tests and the bench can read phrases without a whole document.
 */
import type { Configuration } from './configuration';
import type { Candidate, ParsingContext, RefineContext } from './types';

export function parseCandidates(configuration: Configuration, context: ParsingContext): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of configuration.parsers) {
    const re = parser.pattern();
    for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const result = parser.extract(context, m);
      if (result === null) continue;
      for (const c of Array.isArray(result) ? result : [result]) out.push(c);
    }
  }
  return out.sort((a, b) => a.index - b.index || b.end - a.end);
}

export function refineCandidates(configuration: Configuration, context: RefineContext, candidates: Candidate[]): Candidate[] {
  let current = candidates;
  for (const refiner of configuration.refiners) current = refiner.refine(context, current);
  return current;
}
