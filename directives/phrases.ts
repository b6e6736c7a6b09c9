/**
 * Running the locale over a text: every parser over the whole text, then every refiner in turn (chrono's
 * Chrono.parse). Exported on its own so tests and the bench can read phrases without a whole document.
 */
import type { Configuration } from './configuration';
import type { Candidate, ParsingContext, RefineContext } from './types';

/** A letter or digit: a phrase never starts right after one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function parseCandidates(configuration: Configuration, context: ParsingContext): Candidate[] {
  const out: Candidate[] = [];
  const text = context.text;
  for (const parser of configuration.parsers) {
    const re = parser.pattern();
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      // The word boundary before a phrase (chrono's AbstractParserWithWordBoundary), checked here: as a leading
      // lookbehind in the patterns it makes V8 try every position and costs 8× the time. Retrying from the next
      // position finds exactly the matches the lookbehind would.
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) { re.lastIndex = m.index + 1; continue; }
      const result = parser.extract(context, m);
      if (result === null) re.lastIndex = m.index + 1;
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
