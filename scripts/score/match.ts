/**
 * How the reader's output is scored against an annotation (test/fixtures/corpus/ANNOTATIONS.md, "How the score
 * matches"). Pure: a spec and an annotation in, counts and the unmatched deadlines out.
 */
import { addDays } from '../../directives/dates';
import type { DirectiveSpec } from '../../directives/spec';
import type { AnnotatedDeadline, Annotation } from './annotations';

/** A dated deadline the reader proposed: once with a day, or a recurrence with days of its own (not a bare "định kỳ"). */
export interface FoundDeadline {
  phrase: string;
  nominal: string;
  due: string | null;
  recurring: boolean;
  leads: string[];
}

export interface DocumentScore {
  annotated: number;
  found: number;
  matched: number;
  /** Matched deadlines whose annotation names a lead, and of those the ones whose found lead is right. */
  leadAsked: number;
  leadRight: number;
  missed: AnnotatedDeadline[];
  invented: FoundDeadline[];
  wrongLead: Array<{ expected: AnnotatedDeadline; found: FoundDeadline }>;
}

export function foundDeadlines(spec: DirectiveSpec): FoundDeadline[] {
  return spec.tasks.flatMap((task) => {
    const leads = task.assignees.filter((a) => a.role === 'lead').map((a) => a.name);
    return task.deadlines.flatMap((d): FoundDeadline[] => {
      if (!d.nominal) return [];
      if (d.kind === 'once') return [{ phrase: d.phrase, nominal: d.nominal, due: d.due, recurring: false, leads }];
      if (d.kind === 'recurring' && d.recurrence && d.recurrence.freq !== 'reporting') {
        return [{ phrase: d.phrase, nominal: d.nominal, due: d.due, recurring: true, leads }];
      }
      return [];
    });
  });
}

/** Case, spacing, "Ủy/Uỷ", "UBND" and "&" written in full ignored, so names compare as a reader would. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi')
    .replace(/uỷ/gu, 'ủy')
    .replace(/\bubnd\b/gu, 'ủy ban nhân dân')
    .replace(/\s*&\s*/gu, ' và ')
    .replace(/[.,;:()"“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function leadMatches(expected: string[], found: string[]): boolean {
  const e = expected.map(foldName).filter(Boolean);
  const f = found.map(foldName).filter(Boolean);
  return e.some((x) => f.some((y) => x.includes(y) || y.includes(x)));
}

const monthDay = (iso: string) => iso.slice(5);

/** 3: same day; 2: the day before (chidao's "trước ngày D" = D − 1) or due on the day; 1: a recurrence's day and month. */
function dateFit(a: AnnotatedDeadline, f: FoundDeadline): number {
  const dayBefore = addDays(a.date, -1);
  if (f.nominal === a.date) return 3;
  if (f.nominal === dayBefore || f.due === a.date) return 2;
  if (a.recurring && [a.date, dayBefore].map(monthDay).includes(monthDay(f.nominal))) return 1;
  return 0;
}

function pairScore(a: AnnotatedDeadline, f: FoundDeadline): number {
  const fit = dateFit(a, f);
  if (fit === 0) return 0;
  const samePhrase = foldName(f.phrase).includes(foldName(a.phrase)) || foldName(a.phrase).includes(foldName(f.phrase));
  return fit * 4 + (samePhrase ? 2 : 0) + (leadMatches(a.lead, f.leads) ? 1 : 0);
}

/** Pairs annotations with found deadlines one to one, best-fitting pairs first. */
export function scoreDocument(annotation: Annotation, spec: DirectiveSpec): DocumentScore {
  const expected = annotation.deadlines;
  const found = foundDeadlines(spec);
  const pairs = expected.flatMap((a, i) => found.map((f, j) => ({ i, j, score: pairScore(a, f) })))
    .filter((p) => p.score > 0)
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedF = new Set<number>();
  const result: DocumentScore = {
    annotated: expected.length, found: found.length, matched: 0, leadAsked: 0, leadRight: 0,
    missed: [], invented: [], wrongLead: [],
  };
  for (const { i, j } of pairs) {
    if (usedA.has(i) || usedF.has(j)) continue;
    usedA.add(i);
    usedF.add(j);
    result.matched += 1;
    if (expected[i].lead.length === 0) continue;
    result.leadAsked += 1;
    if (leadMatches(expected[i].lead, found[j].leads)) result.leadRight += 1;
    else result.wrongLead.push({ expected: expected[i], found: found[j] });
  }
  result.missed = expected.filter((_, i) => !usedA.has(i));
  result.invented = found.filter((_, j) => !usedF.has(j));
  return result;
}

export interface Totals {
  documents: number;
  annotated: number;
  found: number;
  matched: number;
  leadAsked: number;
  leadRight: number;
  recall: number;
  precision: number;
  lead: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function totalsOf(scores: DocumentScore[]): Totals {
  const sum = (k: 'annotated' | 'found' | 'matched' | 'leadAsked' | 'leadRight') => scores.reduce((s, x) => s + x[k], 0);
  const t = { annotated: sum('annotated'), found: sum('found'), matched: sum('matched'), leadAsked: sum('leadAsked'), leadRight: sum('leadRight') };
  return {
    documents: scores.length, ...t,
    recall: ratio(t.matched, t.annotated), precision: ratio(t.matched, t.found), lead: ratio(t.leadRight, t.leadAsked),
  };
}
