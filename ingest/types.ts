/** What ingest/ gives back for a file, and what a caller may ask of it. */
import { z } from 'zod';
import type { DocumentFormat } from './format';

export interface IngestWarning {
  code: 'low-confidence' | 'garbage-text-layer' | 'legacy-encoding';
  message: string;
  page?: number;
}

export interface ExtractedDocument {
  /** The document's text, a paragraph per line, table rows as "| cell | cell |" lines. */
  text: string;
  format: DocumentFormat;
  /** Pages of a PDF or a multi-page TIFF; null where the format has none (DOCX, DOC, text). */
  pages: number | null;
  /** Each conversion applied, in order, in words for the spec ("OCR tiếng Việt trang 1–3", "TCVN3 → Unicode"). */
  conversions: string[];
  warnings: IngestWarning[];
  /** The earliest e-signature day (YYYY-MM-DD), an issue date for a text that has none. */
  signedAt: string | null;
}

export interface PageProgress {
  stage: 'text' | 'ocr';
  page: number;
  pages: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const ExtractOptionsSchema = z.object({
  /** The name the user gave the file (for messages and the text/HTML distinction); never opened. */
  fileName: z.string().min(1).max(512),
  maxBytes: z.number().int().positive().default(DEFAULT_MAX_BYTES),
  /** Called before each page is read, so the CLI can draw a progress bar. */
  onPage: z.custom<(progress: PageProgress) => void>((v) => typeof v === 'function').optional(),
});

export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
