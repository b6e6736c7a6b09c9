/**
 * DirectiveSpec: what the reader proposes and the secretariat reviews and registers.
 * Every extracted value keeps the span of text it came from, so a reviewer can check it.
 */
import { z } from 'zod';
import { CivilDate, ClockTime, Occurrence, RecurrenceRule } from '../calendar/types';

/** Offsets are UTF-16 indexes into the text as given to the reader; line is 1-based. */
export const Span = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  line: z.number().int().min(1),
});
export type Span = z.infer<typeof Span>;

export const DocumentType = z.enum([
  'Thông báo', 'Công văn', 'Công điện', 'Kế hoạch', 'Chỉ thị', 'Quyết định', 'Báo cáo', 'Tờ trình', 'Nghị quyết', 'Chương trình', 'Khác',
]);
export type DocumentType = z.infer<typeof DocumentType>;

export const Signer = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  /** "TM." (on behalf of the collective), "KT." (acting for the head), "TL.", "TUQ." or null. */
  capacity: z.enum(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']).nullable(),
});
export type Signer = z.infer<typeof Signer>;

export const DocumentInfo = z.object({
  /** "46/TB-VP"; null for an unnumbered draft ("Số: /UBND-KGVX"). */
  number: z.string().nullable(),
  /** The type and issuer code as printed after the slash ("TB-VP"), even when the number is missing. */
  code: z.string().nullable(),
  type: DocumentType,
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: CivilDate.nullable(),
  /** "V/v …" of an official letter, or the title of a notice or plan. */
  subject: z.string().nullable(),
  signer: Signer.nullable(),
  addressees: z.array(z.string()),
  distribution: z.array(z.string()),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const Assignee = z.object({
  name: z.string().min(1),
  /** Directory id when the name resolved to a known agency or group. */
  agencyId: z.string().nullable(),
  role: z.enum(['lead', 'coordinate']),
  /** A group such as "UBND các huyện, thành phố", expandable through the directory. */
  group: z.boolean(),
});
export type Assignee = z.infer<typeof Assignee>;

export const DeadlineKind = z.enum(['once', 'recurring', 'event', 'none']);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const Deadline = z.object({
  phrase: z.string(),
  span: Span,
  kind: DeadlineKind,
  /** The last on-time calendar day the phrase means (once), or the first occurrence's (recurring). */
  nominal: CivilDate.nullable(),
  /** nominal moved to the next working day when it is a day off (Civil Code art. 148). */
  due: CivilDate.nullable(),
  /** "14:00" when the phrase has a clock time. */
  time: ClockTime.nullable(),
  /** "từ ngày A đến ngày B": A. */
  window: z.object({ start: CivilDate }).nullable(),
  recurrence: RecurrenceRule.nullable(),
  /** For recurring deadlines: the next occurrences after the document date. */
  occurrences: z.array(Occurrence),
  /** The year was not written and was inferred from the document date. */
  yearInferred: z.boolean(),
  /** "khẩn trương" and the like. */
  urgent: z.boolean(),
  /** For kind 'event': the event the period counts from ("sau khi Kế hoạch được ban hành"). */
  event: z.string().nullable().default(null),
  /** For kind 'event': the length of the period, when the text gives one ("trong 15 ngày làm việc"). */
  period: z.object({ count: z.number().int().positive(), unit: z.enum(['day', 'workingDay', 'month']) }).nullable().default(null),
});
export type Deadline = z.infer<typeof Deadline>;

export const Task = z.object({
  /** Stable within the spec: "t1", "t2", ... in reading order. */
  id: z.string().min(1),
  /** The item's own label: "2.1", "a)", "-" ... */
  ref: z.string(),
  text: z.string().min(1),
  span: Span,
  assignees: z.array(Assignee),
  deadlines: z.array(Deadline),
});
export type Task = z.infer<typeof Task>;

export const WarningCode = z.enum([
  'deadline-before-document',
  'impossible-date',
  'year-missing-no-document-date',
  'task-without-assignee',
  'ambiguous-agency',
  'unknown-agency',
  'document-number-missing',
  'document-date-missing',
  'not-a-directive',
  // From ingest/, about the file the text came from: a page read by OCR with low confidence, a PDF text layer
  // that was garbage and re-read, a legacy encoding converted.
  'low-confidence-ocr',
  'text-layer-replaced',
  'encoding-converted',
]);
export type WarningCode = z.infer<typeof WarningCode>;

export const ReaderWarning = z.object({
  code: WarningCode,
  /** In Vietnamese, for the reviewer. */
  message: z.string(),
  span: Span.nullable(),
});
export type ReaderWarning = z.infer<typeof ReaderWarning>;

/** The file a spec was read from, when it was a file (a PDF, DOCX, DOC, scan) rather than pasted text. */
export const SourceFile = z.object({
  fileName: z.string(),
  format: z.enum(['pdf', 'docx', 'doc', 'png', 'jpeg', 'tiff', 'text', 'html']),
  pages: z.number().int().positive().nullable(),
  /** What was done to get the text, in Vietnamese ("OCR tiếng Việt (Tesseract) trang 1, 2", "TCVN3 (ABC) → Unicode"). */
  conversions: z.array(z.string()),
  /** The earliest e-signature day of a signed PDF. */
  signedAt: CivilDate.nullable(),
});
export type SourceFile = z.infer<typeof SourceFile>;

export const DirectiveSpec = z.object({
  version: z.literal(1),
  document: DocumentInfo,
  tasks: z.array(Task),
  warnings: z.array(ReaderWarning),
  source: SourceFile.nullable().optional(),
});
export type DirectiveSpec = z.infer<typeof DirectiveSpec>;

/** JSON Schema of DirectiveSpec, for the API's OpenAPI document. */
export const directiveSpecJsonSchema = () => z.toJSONSchema(DirectiveSpec, { io: 'input' });
