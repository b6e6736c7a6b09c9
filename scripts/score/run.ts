/**
 * Scores the reader on the annotated corpus: each text of test/fixtures/corpus read as a user pastes it, each
 * original file (kept outside the repository) opened as a user uploads it, and every result beside its annotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAgencyDirectory } from '../../config/agencies';
import { loadCalendar } from '../../config/calendar';
import { calendarHook, readDirective, type ReadOptions } from '../../directives';
import type { DirectiveSpec } from '../../directives/spec';
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

export interface CorpusScore {
  documents: ScoredDocument[];
  totals: Totals;
  /** Totals per form (full-text, portal, news, original-pdf, …), and for table cells against the rest. */
  byForm: Record<string, Totals>;
  tables: { inTables: Totals; outside: Totals };
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

/** Splits every document's score into the deadlines annotated as table cells and the others. */
function tableSplit(entries: AnnotationFile[], docs: ScoredDocument[], read: (e: AnnotationFile) => DirectiveSpec | null): CorpusScore['tables'] {
  const inTables: DocumentScore[] = [];
  const outside: DocumentScore[] = [];
  entries.forEach((entry, i) => {
    const spec = read(entry);
    if (!spec || !docs[i].score) return;
    const part = (table: boolean) => ({ ...entry.annotation, deadlines: entry.annotation.deadlines.filter((d) => d.table === table) });
    inTables.push({ ...scoreDocument(part(true), spec), found: 0 });
    outside.push({ ...scoreDocument(part(false), spec), found: 0 });
  });
  return { inTables: totalsOf(inTables), outside: totalsOf(outside) };
}

export async function scoreCorpus(options: { filesDir?: string | null; corpusDir?: string; only?: string } = {}): Promise<CorpusScore> {
  const readOptions: ReadOptions = { agencies: loadAgencyDirectory(), calendar: calendarHook(loadCalendar()) };
  const entries = listAnnotations(options.corpusDir ?? CORPUS_DIR).filter((e) => !options.only || e.name.includes(options.only));
  let extractor: Extract | string | undefined;
  const extract = () => (extractor ??= loadExtractor());
  const specs = new Map<AnnotationFile, DirectiveSpec>();
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
    specs.set(entry, spec);
    documents.push({ ...base, skipped: null, score: scoreDocument(annotation, spec) });
  }
  const scored = documents.flatMap((d) => (d.score ? [d.score] : []));
  return {
    documents,
    totals: totalsOf(scored),
    byForm: groupTotals(documents, (d) => d.form),
    tables: tableSplit(entries, documents, (e) => specs.get(e) ?? null),
  };
}
