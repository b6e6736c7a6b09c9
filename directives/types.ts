/**
 * The locale's working values: what a phrase parser proposes (a Candidate) and the context parsers and
 * refiners see. Candidates live in reading-text offsets; index.ts maps them back to the original.
 */
import type { RecurrenceRule } from '../calendar/types';
import type { DeadlineKind, ReaderWarning } from './spec';

/** A date as the phrase wrote it; year null when the text left it out. day 'last' = last day of the month. */
export interface DateTarget {
  year: number | null;
  month: number;
  day: number | 'last';
  /** Days to add after resolving: "trước ngày D" is D − 1 under the default reading rules. */
  offsetDays: number;
  /** Set by ForwardYearRefiner when it chose the year. */
  yearInferred?: boolean;
}

export interface Candidate {
  /** Name of the parser that proposed it (kept for debugging and precedence). */
  parser: string;
  index: number;
  end: number;
  kind: DeadlineKind;
  /** One target per due date the phrase names ("trước ngày 20/4 và 30/10" has two). */
  targets: DateTarget[];
  time: string | null;
  windowStart: DateTarget | null;
  recurrence: RecurrenceRule | null;
  urgent: boolean;
  event: string | null;
  period: { count: number; unit: 'day' | 'workingDay' | 'month' } | null;
  /** For lunar phrases: the day in the lunar calendar and, when written, the can-chi year name. */
  lunar?: { month: number; day: number; canChi: string | null };
}

/** How deadline phrases are read. Every choice DESIGN.md calls configurable lives here. */
export interface ReadingRules {
  /** "trước ngày D": days added to D (−1: the last on-time day is D − 1). */
  beforeOffsetDays: number;
  /** "trước tháng M" / "trước quý Q": the last day of the previous month/quarter when true. */
  beforePeriodMeansPreviousEnd: boolean;
}

export const DEFAULT_READING_RULES: ReadingRules = { beforeOffsetDays: -1, beforePeriodMeansPreviousEnd: true };

export interface ParsingContext {
  readonly text: string;
  readonly rules: ReadingRules;
}

/** A deadline-phrase parser: a pattern over the whole reading text and what a match means. */
export interface PhraseParser {
  readonly name: string;
  /** A fresh global, unicode regex. */
  pattern(): RegExp;
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | Candidate[] | null;
}

export interface RefineContext {
  readonly text: string;
  readonly rules: ReadingRules;
  /** The document's date, or the --issued-on fallback, or null. */
  readonly issuedOn: string | null;
  /** Reading-text ranges of the body (after the header, before "Nơi nhận" and the signature; attachments). */
  readonly bodies: ReadonlyArray<{ start: number; end: number }>;
  /** Warnings in reading offsets; index.ts maps them. */
  readonly warnings: Array<Omit<ReaderWarning, 'span'> & { at: [number, number] | null }>;
}

export interface Refiner {
  readonly name: string;
  refine(context: RefineContext, candidates: Candidate[]): Candidate[];
}

export function candidate(parser: string, index: number, end: number, fields: Partial<Candidate>): Candidate {
  return {
    parser, index, end, kind: 'once', targets: [], time: null, windowStart: null, recurrence: null,
    urgent: false, event: null, period: null, ...fields,
  };
}
