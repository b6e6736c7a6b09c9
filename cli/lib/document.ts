/**
 * A directive file as the clerk has it — .txt, .html, .pdf (signed or scanned), .docx, .doc, .png/.jpg/.tif —
 * opened through ingest/ and read into a spec (its `source` and the file's warnings beside the reader's), with a
 * progress bar per page on stderr while a scan is OCR'd. Standard input ("-") is read the same way, so a PDF can be piped in too.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import type { DirectiveSpec } from '../../directives/spec';
import { extractDocument, isIngestError, withSource, type PageProgress } from '../../ingest';
import { badInput } from './exit';
import { readSpec } from './reader';

/** Names a directory listing keeps as documents (the bytes still decide the format). */
export const DOCUMENT_FILE = /\.(txt|md|html?|pdf|docx|doc|png|jpe?g|tiff?)$/i;

export interface DirectiveFile {
  /** The text the reader read (stored with the directive when registered). */
  text: string;
  spec: DirectiveSpec;
}

/** The bytes of a file, or of standard input for "-"; a missing or empty file is bad input naming it. */
export function readFileBytes(file: string): Buffer {
  if (file === '-') return readFileSync(0);
  try {
    const st = statSync(file);
    if (!st.isFile()) throw badInput(`"${file}" không phải là tệp`);
    if (st.size === 0) throw badInput(`Tệp "${file}" rỗng`);
  } catch (err) {
    if (err instanceof Error && err.name === 'CliError') throw err;
    throw badInput(`Không đọc được tệp "${file}"`);
  }
  return readFileSync(file);
}

/** A bar on stderr for the pages of a PDF or scan, drawn only on a terminal and only when there is OCR to wait for. */
function pageBar(quiet: boolean): { onPage: (p: PageProgress) => void; stop: () => void } {
  let bar: SingleBar | null = null;
  return {
    onPage: (p) => {
      if (quiet || !process.stderr.isTTY) return;
      if (!bar && p.stage === 'ocr') {
        bar = new SingleBar({ format: 'Nhận dạng chữ {bar} trang {value}/{total}', stream: process.stderr }, Presets.shades_classic);
        bar.start(p.pages, p.page - 1);
      }
      bar?.update(p.page);
    },
    stop: () => bar?.stop(),
  };
}

export interface ReadFileOptions {
  issuedOn?: string;
  /** No progress bar (--json output, or several files). */
  quiet?: boolean;
}

export async function readDirectiveFile(file: string, options: ReadFileOptions = {}): Promise<DirectiveFile> {
  return readDirectiveBytes(readFileBytes(file), file, options);
}

/** `file` names the bytes in messages ("-" is standard input). */
export async function readDirectiveBytes(bytes: Buffer, file: string, options: ReadFileOptions = {}): Promise<DirectiveFile> {
  const fileName = file === '-' ? 'stdin' : path.basename(file);
  const progress = pageBar(!!options.quiet);
  let doc;
  try {
    doc = await extractDocument(bytes, { fileName, onPage: progress.onPage });
  } catch (err) {
    if (isIngestError(err)) throw badInput(err.message);
    throw err;
  } finally {
    progress.stop();
  }
  const spec = withSource(readSpec(doc.text, { issuedOn: options.issuedOn ?? doc.signedAt ?? undefined }), doc, fileName);
  return { text: doc.text, spec };
}
