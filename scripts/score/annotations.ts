/**
 * The corpus annotations (test/fixtures/corpus/ANNOTATIONS.md): what a person reading each document found. One zod
 * schema, used by the score and by the test that checks every annotation file; a bad file names itself and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../../directives/dates';

const IsoDay = z.string().refine(isIsoDate, { message: 'không phải ngày YYYY-MM-DD có thật' });
/** YAML reads an unquoted 2021-03-01 as a Date: take it back as the day it wrote. */
const Day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), IsoDay);
const Names = z.array(z.string().min(1)).default([]);

export const LEVELS = ['central', 'ministry', 'province', 'district', 'commune', 'school', 'other'] as const;
export const GENRES = [
  'cong-van', 'cong-dien', 'chi-thi', 'thong-bao-ket-luan', 'ke-hoach', 'quyet-dinh', 'chuong-trinh', 'news', 'other',
] as const;
export const FORMS = [
  'full-text', 'portal', 'news', 'original-pdf', 'original-docx', 'original-doc', 'scan', 'photo',
] as const;

export const AnnotatedDeadline = z.object({
  date: Day,
  phrase: z.string().min(1),
  lead: Names,
  coordinators: Names,
  recurring: z.boolean().default(false),
  table: z.boolean().default(false),
}).strict();
export type AnnotatedDeadline = z.infer<typeof AnnotatedDeadline>;

const NotDeadline = z.object({ phrase: z.string().min(1), why: z.string().min(1), date: Day.optional() }).strict();

export const Annotation = z.object({
  document: z.string().min(1).optional(),
  original: z.string().min(1).optional(),
  source: z.string().min(1),
  issuer: z.string().min(1),
  level: z.enum(LEVELS),
  genre: z.enum(GENRES),
  form: z.enum(FORMS),
  issuedOn: Day.nullable(),
  deadlines: z.array(AnnotatedDeadline).default([]),
  notDeadlines: z.array(NotDeadline).default([]),
}).strict().refine((a) => (a.document == null) !== (a.original == null), {
  message: 'cần đúng một trong hai trường "document" (tệp văn bản bên cạnh) hoặc "original" (tệp gốc)',
});
export type Annotation = z.infer<typeof Annotation>;

export interface AnnotationFile {
  /** Path of the .expected.yaml file. */
  file: string;
  /** The document's name: the text beside it, or the original file's name. */
  name: string;
  annotation: Annotation;
}

export const CORPUS_DIR = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus');

/** Reads and validates one annotation file; throws naming the file and the field. */
export function readAnnotation(file: string): AnnotationFile {
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: YAML không hợp lệ: ${(error as Error).message}`);
  }
  const parsed = Annotation.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${where}`);
  }
  const annotation = parsed.data;
  return { file, name: annotation.document ?? annotation.original ?? '', annotation };
}

/** Every annotation under the corpus folder: texts beside their YAML, and originals/ for files kept elsewhere. */
export function listAnnotations(dir: string = CORPUS_DIR): AnnotationFile[] {
  const inDir = (d: string) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.expected.yaml')).sort().map((f) => path.join(d, f)) : []);
  return [...inDir(dir), ...inDir(path.join(dir, 'originals'))].map(readAnnotation);
}
