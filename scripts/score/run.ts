/**
 * Scores the reader on the annotated corpus: each text of test/fixtures/corpus read as a user pastes it, each
 * original file (kept outside the repository) opened as a user uploads it, and every result beside its annotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAgencyDirectory } from '../../config/agencies';
import { loadCalendar } from '../../config/calendar';
import { calendarHook, readDirective, type ReadOptions } from '../../directives';
import { CORPUS_DIR, listAnnotations, type AnnotationFile } from './annotations';
import { scoreDocument, totalsOf, type DocumentScore, type Totals } from './match';

export interface ScoredDocument {
  name: string;
  form: string;
  genre: string;
  level: string;
  issuer: string;
  /** Why the document could not be read (an original whose folder was not given, a file the ingester refused). */
  skipped: string | null;
  score: DocumentScore | null;
}

/** A part of the annotated deadlines (table cells or the rest): what was found of it, and with the right lead. */
export type PartTotals = Pick<Totals, 'annotated' | 'matched' | 'leadAsked' | 'leadRight' | 'recall' | 'lead'>;

export interface CorpusScore {
  documents: ScoredDocument[];
  totals: Totals;
  /** Totals per form (full-text, portal, news, original-pdf, …), and for table cells against the rest. */
  byForm: Record<string, Totals>;
  tables: { inTables: PartTotals; outside: PartTotals };
}

/** Text extraction of an original file; the ingest/ folder's, loaded only when originals are scored. */
type Extract = (bytes: Uint8Array, options: { fileName: string }) => Promise<{ text: string; signedAt: string | null }>;

function loadExtractor(): Extract | string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ingest = require('../../ingest') as { extractDocument?: Extract };
    return ingest.extractDocument ?? 'ingest/ has no extractDocument';
  } catch (error) {
    return `ingest/ could not be loaded: ${(error as Error).message.split('\n')[0]}`;
  }
}

async function textOf(entry: AnnotationFile, filesDir: string | null, extract: () => Extract | string): Promise<{ text: string; issuedOn: string | null } | string> {
  const { annotation } = entry;
  if (annotation.document) return { text: fs.readFileSync(path.join(path.dirname(entry.file), annotation.document), 'utf8'), issuedOn: null };
  if (!filesDir) return 'original file: pass --files DIR';
  const file = path.join(filesDir, annotation.original!);
  if (!fs.existsSync(file)) return `not found: ${file}`;
  const extractor = extract();
  if (typeof extractor === 'string') return extractor;
  try {
    const doc = await extractor(fs.readFileSync(file), { fileName: path.basename(file) });
    return { text: doc.text, issuedOn: doc.signedAt };
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

function groupTotals(docs: ScoredDocument[], key: (d: ScoredDocument) => string): Record<string, Totals> {
  const groups = new Map<string, DocumentScore[]>();
  for (const d of docs) if (d.score) groups.set(key(d), [...(groups.get(key(d)) ?? []), d.score]);
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, totalsOf(v)]));
}

/**
 * Splits the one matching of every document by whether the annotated deadline is a table cell. Only recall and lead
 * are shown per part: an invented deadline belongs to no annotation, so neither part can count what it found.
 */
function tableSplit(entries: AnnotationFile[], docs: ScoredDocument[]): CorpusScore['tables'] {
  const part = (table: boolean): PartTotals => {
    const t = { annotated: 0, matched: 0, leadAsked: 0, leadRight: 0 };
    entries.forEach((entry, i) => {
      const score = docs[i].score;
      if (!score) return;
      const missed = new Set(score.missed);
      const wrong = new Set(score.wrongLead.map((w) => w.expected));
      for (const d of entry.annotation.deadlines.filter((x) => x.table === table)) {
        t.annotated += 1;
        if (missed.has(d)) continue;
        t.matched += 1;
        if (d.lead.length === 0) continue;
        t.leadAsked += 1;
        if (!wrong.has(d)) t.leadRight += 1;
      }
    });
    const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
    return { ...t, recall: ratio(t.matched, t.annotated), lead: ratio(t.leadRight, t.leadAsked) };
  };
  return { inTables: part(true), outside: part(false) };
}

export async function scoreCorpus(options: { filesDir?: string | null; corpusDir?: string; only?: string } = {}): Promise<CorpusScore> {
  const readOptions: ReadOptions = { agencies: loadAgencyDirectory(), calendar: calendarHook(loadCalendar()) };
  const entries = listAnnotations(options.corpusDir ?? CORPUS_DIR).filter((e) => !options.only || e.name.includes(options.only));
  let extractor: Extract | string | undefined;
  const extract = () => (extractor ??= loadExtractor());
  const documents: ScoredDocument[] = [];
  for (const entry of entries) {
    const { annotation } = entry;
    const base = { name: entry.name, form: annotation.form, genre: annotation.genre, level: annotation.level, issuer: annotation.issuer };
    const read = await textOf(entry, options.filesDir ?? null, extract);
    if (typeof read === 'string') {
      documents.push({ ...base, skipped: read, score: null });
      continue;
    }
    const spec = readDirective(read.text, { ...readOptions, issuedOn: read.issuedOn });
    documents.push({ ...base, skipped: null, score: scoreDocument(annotation, spec) });
  }
  const scored = documents.flatMap((d) => (d.score ? [d.score] : []));
  return {
    documents,
    totals: totalsOf(scored),
    byForm: groupTotals(documents, (d) => d.form),
    tables: tableSplit(entries, documents),
  };
}
