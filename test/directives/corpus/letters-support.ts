/**
 * Helpers of the official-letter corpus tests (test/fixtures/corpus/cv-*.txt): read a saved page as published, find the
 * task that a given paragraph of it makes, and list a task's assignees and deadlines in a form easy to compare.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDirective } from '../../../directives';
import type { DirectiveSpec, Task } from '../../../directives/spec';
import { directory } from '../helpers';

export function corpusText(file: string): string {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'corpus', file), 'utf8');
}

export function readCorpus(file: string): { text: string; spec: DirectiveSpec } {
  const text = corpusText(file);
  return { text, spec: readDirective(text, { agencies: directory }) };
}

/** The one task made by the paragraph of `text` that starts with `words` (the task's span covers that paragraph). */
export function taskOfParagraph(spec: DirectiveSpec, text: string, words: string): Task {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`no paragraph starts with "${words}"`);
  const found = spec.tasks.filter((t) => t.span.start <= at && at < t.span.end);
  if (found.length !== 1) {
    throw new Error(`${found.length} tasks cover "${words}": ${spec.tasks.map((t) => `[${t.span.start},${t.span.end}) ${t.text.slice(0, 40)}`).join(' | ')}`);
  }
  return found[0];
}

export const leadsOf = (t: Task) => t.assignees.filter((a) => a.role === 'lead').map((a) => ({ name: a.name, agencyId: a.agencyId }));
export const coordinatorsOf = (t: Task) => t.assignees.filter((a) => a.role === 'coordinate').map((a) => ({ name: a.name, agencyId: a.agencyId }));
/** [kind, phrase, nominal, due] of every deadline of the task. */
export const deadlinesOf = (t: Task) => t.deadlines.map((d) => [d.kind, d.phrase, d.nominal, d.due]);
export const onceNominals = (spec: DirectiveSpec) => spec.tasks.flatMap((t) => t.deadlines).filter((d) => d.kind === 'once').map((d) => d.nominal).sort();
export const allPhrases = (spec: DirectiveSpec) => spec.tasks.flatMap((t) => t.deadlines).map((d) => d.phrase);
