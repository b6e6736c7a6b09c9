/**
 * directives/: reads a Vietnamese directive into a DirectiveSpec. A chrono-style locale: phrase parsers and refiners
 * (configuration.ts) for deadlines, the header and outline parsers for the document and its tasks, the agency
 * directory for names. Pure: no I/O, no clock.
 */
import { createCalendar, lunarToSolar, type LegalCalendar } from '../calendar';
import type { AgencyDirectory } from '../config/agencies';
import { createAgencyIndex, type AgencyIndex, type JurisdictionScores } from './agencyIndex';
import { defaultConfiguration, type Configuration } from './configuration';
import { isIsoDate } from './dates';
import { readAgencyList, type FoundAssignee } from './document/AssignmentParser';
import { readHeader, type HeaderReading } from './document/HeaderParser';
import { readOutline } from './document/OutlineParser';
import { parseCandidates, refineCandidates } from './phrases';
import { resolveCandidate, type CalendarHook } from './resolve';
import { DirectiveSpec, type Deadline, type ReaderWarning, type Task } from './spec';
import { buildTasks } from './document/tasks';
import { provincesNamed } from './provinces';
import { prepareText, spanOf } from './text';
import { DEFAULT_READING_RULES, type Candidate, type ReadingRules, type RefineContext } from './types';

export { DirectiveSpec, directiveSpecJsonSchema } from './spec';
export type { Deadline, Task, Assignee, ReaderWarning, DocumentInfo } from './spec';
export { createAgencyIndex } from './agencyIndex';
export type { AgencyIndex } from './agencyIndex';
export type { CalendarHook } from './resolve';
export type { ReadingRules } from './types';
export { DEFAULT_READING_RULES } from './types';

export interface ReadOptions {
  /** The document's date when the text has none (the text's own date wins). ISO "YYYY-MM-DD". */
  issuedOn?: string | null;
  /** The agency directory (config/directory/agencies.yaml) or an index built from it. Without it names get no id. */
  agencies?: AgencyDirectory | AgencyIndex;
  /** The legal calendar; default: createCalendar() (statutory holidays). null: due = nominal, no occurrences. */
  calendar?: CalendarHook | null;
  rules?: Partial<ReadingRules>;
  /** How many occurrences of a recurring deadline to list (default 4). */
  occurrenceCount?: number;
  configuration?: Configuration;
}

/** What the reader needs of a legal calendar (due days, occurrences, lunar dates, periods). */
export function calendarHook(cal: LegalCalendar): CalendarHook {
  return { dueOf: cal.dueOf, occurrences: cal.occurrences, lunarToSolar, periodEnd: cal.periodEnd };
}

let defaultCalendar: CalendarHook | null = null;
function statutoryCalendar(): CalendarHook {
  if (!defaultCalendar) defaultCalendar = calendarHook(createCalendar());
  return defaultCalendar;
}

const indexCache = new WeakMap<AgencyDirectory, AgencyIndex>();
function agencyIndexOf(agencies: ReadOptions['agencies']): AgencyIndex {
  if (!agencies) return createAgencyIndex();
  if ('find' in agencies) return agencies;
  let index = indexCache.get(agencies);
  if (!index) { index = createAgencyIndex(agencies); indexCache.set(agencies, index); }
  return index;
}

/**
 * Whether a document is another province's, whose "Sở Y tế" is not the directory's: dated from a place the directory
 * does not know; or naming none of the directory's places while it names another province ("UBND tỉnh Quảng Trị"),
 * or while it carries a number or a date of its own (a whole document, which names its province somewhere when it is
 * ours). A bare passage naming no place at all is read against the directory.
 */
function fromElsewhere(text: string, header: HeaderReading, index: AgencyIndex, scores: JurisdictionScores): boolean {
  if (header.info.place) return [...index.jurisdictionsOf(header.info.place).values()].every((n) => n === 0);
  if ([...scores.values()].some((n) => n > 0)) return false;
  return provincesNamed(text).size > 0 || header.numberAt !== null || header.dateAt !== null;
}

/** Reads a directive. Never throws on text: what it cannot read becomes a warning. */
export function readDirective(text: string, options: ReadOptions = {}): DirectiveSpec {
  if (typeof text !== 'string') throw new TypeError('readDirective: văn bản phải là chuỗi ký tự');
  if (options.issuedOn != null && !isIsoDate(options.issuedOn)) {
    throw new RangeError(`readDirective: issuedOn "${options.issuedOn}" không phải ngày hợp lệ dạng YYYY-MM-DD`);
  }
  const rt = prepareText(text);
  const rules = { ...DEFAULT_READING_RULES, ...options.rules };
  const calendar = options.calendar === undefined ? statutoryCalendar() : options.calendar;
  const configuration = options.configuration ?? defaultConfiguration();
  const index = agencyIndexOf(options.agencies);
  const scores = index.jurisdictionsOf(rt.text);
  const header = readHeader(rt.text, options.issuedOn ?? null);
  const foreign = index.size > 0 && fromElsewhere(rt.text, header, index, scores);
  const ctx = { index, scores, foreign, issuer: header.info.issuer };

  const warnings: RefineContext['warnings'] = [];
  const bodies = [header.body, ...header.attachments];
  const refineContext: RefineContext = { text: rt.text, rules, issuedOn: header.info.issuedOn, bodies, warnings };

  const candidates = refineCandidates(configuration, refineContext, parseCandidates(configuration, { text: rt.text, rules }));
  const outline = bodies.flatMap((b) => readOutline(rt.text, b));
  const addressees: FoundAssignee[] = header.addresseesAt
    ? readAgencyList(rt.text.slice(header.addresseesAt[0], header.addresseesAt[1]).replace(/^[ \t]*Kính gửi[ \t]*:?/u, (m) => ' '.repeat(m.length)), header.addresseesAt[0], ctx)
    : [];
  const datedKinds = new Set(['once', 'recurring', 'event']);
  const drafts = buildTasks(rt.text, outline, ctx, addressees, (from, to) =>
    candidatesWithin(candidates, from, to).some((c) => datedKinds.has(c.kind)));

  const tasks: Task[] = [];
  const unknownNamed = new Set<string>();
  for (const draft of drafts) {
    const seen = new Set<Candidate>();
    const mine: Candidate[] = [];
    for (const [s, e] of draft.ranges) for (const c of candidatesWithin(candidates, s, e)) if (!seen.has(c)) { seen.add(c); mine.push(c); }
    mine.sort((a, b) => a.index - b.index);
    let deadlines: Deadline[] = [];
    for (const c of mine) {
      for (const d of resolveCandidate(c, refineContext, { calendar, occurrenceCount: options.occurrenceCount ?? 4 })) {
        const { at, ...rest } = d;
        deadlines.push({ ...rest, span: spanOf(rt, at[0], at[1]) });
      }
    }
    deadlines = dropCoveredReporting(deadlines);
    // "Khẩn trương", "Tiếp tục": only when nothing dated is said; urgency carries over to dated deadlines.
    const dated = deadlines.filter((d) => d.kind !== 'none');
    if (dated.length > 0) {
      const urgent = deadlines.some((d) => d.kind === 'none' && d.urgent);
      deadlines = dated.map((d) => (urgent ? { ...d, urgent: true } : d));
    } else if (deadlines.length > 1) {
      deadlines = [deadlines.find((d) => d.urgent) ?? deadlines[0]];
    }
    const item = draft.item;
    const task: Task = {
      id: `t${tasks.length + 1}`,
      ref: draft.ref,
      text: draft.text.replace(/\s+/gu, ' ').trim() || rt.text.slice(item.textStart, item.end).trim() || '(trống)',
      span: spanOf(rt, item.start, item.end),
      assignees: draft.assignees.map((a) => ({ name: a.name, agencyId: a.agencyId, role: a.role, group: a.group })),
      deadlines,
    };
    tasks.push(task);
    if (task.assignees.length === 0) {
      warnings.push({ code: 'task-without-assignee', message: `Nhiệm vụ ${task.ref || task.id} chưa xác định được cơ quan thực hiện.`, at: [item.start, item.end] });
    }
    for (const a of draft.assignees) {
      if (a.agencyId === null && index.size > 0 && !unknownNamed.has(a.name)) {
        unknownNamed.add(a.name);
        warnings.push({ code: 'unknown-agency', message: `"${a.name}" chưa có trong danh mục cơ quan: cần chọn cơ quan hoặc bổ sung danh mục.`, at: a.at });
      }
      if (a.alternatives.length > 0) {
        warnings.push({
          code: 'ambiguous-agency',
          message: `"${a.name}" có thể là: ${[a.agencyId, ...a.alternatives.map((e) => e.id)].join(', ')}.`,
          at: a.at,
        });
      }
    }
  }
  const info = header.info;
  if (info.number === null) {
    warnings.push({ code: 'document-number-missing', message: 'Văn bản chưa có số (bản dự thảo?).', at: header.numberAt });
  }
  if (info.issuedOn === null) {
    warnings.push({ code: 'document-date-missing', message: 'Văn bản không ghi ngày ban hành: nhập --issued-on để suy ra năm của các thời hạn.', at: header.dateAt });
  } else if (header.dateAt === null) {
    warnings.push({ code: 'document-date-missing', message: `Văn bản không ghi ngày ban hành: dùng ngày ${info.issuedOn} đã nhập.`, at: null });
  }
  if (tasks.length === 0) {
    warnings.push({ code: 'not-a-directive', message: 'Không tìm thấy nhiệm vụ nào trong văn bản.', at: null });
  }
  const spec: DirectiveSpec = {
    version: 1,
    document: info,
    tasks,
    warnings: dedupeWarnings(warnings).map((w): ReaderWarning => ({
      code: w.code, message: w.message, span: w.at ? spanOf(rt, w.at[0], w.at[1]) : null,
    })),
  };
  return spec;
}

const GRANULARITY: Record<string, string> = { monthly: 'monthly', quarterly: 'quarterly', yearly: 'annual' };

/**
 * "Định kỳ hằng quý báo cáo … trước ngày 20 của tháng cuối quý": the written day wins over the reporting calendar
 * (DESIGN.md), so a reporting period that a dated rule of the same task already covers is dropped.
 */
function dropCoveredReporting(deadlines: Deadline[]): Deadline[] {
  const covered = new Set<string>();
  for (const d of deadlines) {
    const r = d.recurrence;
    if (!r || r.freq === 'reporting') continue;
    // Two days a year ("trước ngày 15/6 và 15/12 hằng năm") are the half-yearly reports, four the quarterly ones.
    if (r.freq === 'yearly') covered.add(({ 1: 'annual', 2: 'semiannual', 4: 'quarterly', 12: 'monthly' } as Record<number, string>)[r.dates.length] ?? 'annual');
    else if (GRANULARITY[r.freq]) covered.add(GRANULARITY[r.freq]);
  }
  if (covered.size === 0) return deadlines;
  return deadlines.filter((d) => d.recurrence?.freq !== 'reporting' || !d.recurrence.periods.every((p) => covered.has(p)));
}

/** Candidates (sorted by start) lying within [from, to): a binary search, so long documents stay linear. */
function candidatesWithin(sorted: Candidate[], from: number, to: number): Candidate[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].index < from) lo = mid + 1; else hi = mid;
  }
  const out: Candidate[] = [];
  for (let i = lo; i < sorted.length && sorted[i].index < to; i++) if (sorted[i].end <= to) out.push(sorted[i]);
  return out;
}

function dedupeWarnings(warnings: RefineContext['warnings']): RefineContext['warnings'] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.message}|${w.at?.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
