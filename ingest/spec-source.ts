/**
 * What a spec says about the file it was read from: its format, pages and conversions (`spec.source`), and the
 * file's warnings beside the reader's, so the clerk reviewing the spec sees that page 2 was OCR'd with low confidence.
 */
import type { DirectiveSpec, ReaderWarning, SourceFile, WarningCode } from '../directives/spec';
import type { ExtractedDocument, IngestWarning } from './types';

const WARNING_CODES: Record<IngestWarning['code'], WarningCode> = {
  'low-confidence': 'low-confidence-ocr',
  'garbage-text-layer': 'text-layer-replaced',
  'legacy-encoding': 'encoding-converted',
};

export function sourceOf(doc: ExtractedDocument, fileName: string): SourceFile {
  return { fileName, format: doc.format, pages: doc.pages, conversions: doc.conversions, signedAt: doc.signedAt };
}

/** The spec with its source file and the file's warnings (first: they explain the reader's doubts). */
export function withSource(spec: DirectiveSpec, doc: ExtractedDocument, fileName: string): DirectiveSpec {
  const warnings: ReaderWarning[] = doc.warnings.map((w) => ({ code: WARNING_CODES[w.code], message: w.message, span: null }));
  return { ...spec, source: sourceOf(doc, fileName), warnings: [...warnings, ...spec.warnings] };
}
