/**
 * A DOCX: the text of word/document.xml read directly (mammoth's HTML would merge the header table's cells).
 * Paragraphs become lines; a table row becomes one line "| cell | cell |", the shape the reader knows from plans'
 * task tables, so the header table keeps "ỦY BAN NHÂN DÂN TỈNH …" and "CỘNG HÒA …" in separate cells.
 * Deleted revisions (w:del), field instructions and drawings' alternate text are not the document's words.
 */
import JSZip from 'jszip';
import { IngestError } from './IngestError';
import type { ExtractedDocument } from './types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

type Cell = string[]; // its paragraphs
type Row = Cell[];

/**
 * The header table at the top (issuer and number beside quốc hiệu and date) and the closing one (nơi nhận beside
 * the signature) are read column by column, a line per paragraph, the way the header is written; other tables a line per row, "| cell | cell |" (a cell's
 * paragraphs joined by spaces), the markdown shape the reader's table parsers read.
 */
function tableLines(rows: Row[], atTop: boolean): string[] {
  const isSignatureBlock = /^Nơi nhận/u.test(rows[0]?.[0]?.[0] ?? '');
  if ((atTop || isSignatureBlock) && rows.every((row) => row.length === 2)) return [0, 1].flatMap((column) => rows.flatMap((row) => row[column]));
  return rows.filter((row) => row.some((cell) => cell.length)).map((row) => `| ${row.map((cell) => cell.join(' ')).join(' | ')} |`);
}

/** Builds lines from the document's elements; a cell gathers its paragraphs, a row its cells, a table its rows. */
class DocxText {
  private lines: string[] = [];
  private paragraph = '';
  private tables: Row[][] = []; // open tables, innermost last
  private rows: Row[] = []; // open rows, innermost last
  private cells: Cell[] = []; // open cells, innermost last

  text(t: string): void {
    this.paragraph += t;
  }
  endParagraph(): void {
    const p = this.paragraph.replace(/[ \t\u00a0]+/g, ' ').trim();
    this.paragraph = '';
    if (this.cells.length) {
      if (p) this.cells[this.cells.length - 1].push(p);
    } else if (p) this.lines.push(p, ''); // a blank line ends a paragraph, as the reader's header expects after the subject
  }
  openTable(): void {
    this.tables.push([]);
  }
  startRow(): void {
    this.rows.push([]);
  }
  startCell(): void {
    this.cells.push([]);
  }
  endCell(): void {
    const cell = this.cells.pop();
    if (cell) this.rows[this.rows.length - 1]?.push(cell);
  }
  endRow(): void {
    const row = this.rows.pop();
    if (row) this.tables[this.tables.length - 1]?.push(row);
  }
  closeTable(): void {
    const rows = this.tables.pop() ?? [];
    if (this.cells.length) {
      this.cells[this.cells.length - 1].push(...tableLines(rows, false)); // a nested table stays inside its cell
      return;
    }
    const atTop = this.lines.every((line) => !line.trim());
    this.lines.push('', ...tableLines(rows, atTop), '');
  }
  result(): string {
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

const TOKEN = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:del|w:instrText|w:delText)\b[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;

type Edge = 'open' | 'close' | 'empty';

/** What an element's start or end does to the text being built. */
function element(out: DocxText, tag: string, edge: Edge): void {
  const opens = edge === 'open';
  const ends = edge !== 'open';
  if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') out.text(' ');
  else if (tag === 'w:p' && ends) out.endParagraph();
  else if (tag === 'w:tc' && opens) out.startCell();
  else if (tag === 'w:tc' && ends) out.endCell();
  else if (tag === 'w:tr' && opens) out.startRow();
  else if (tag === 'w:tr' && ends) out.endRow();
  else if (tag === 'w:tbl' && opens) out.openTable();
  else if (tag === 'w:tbl' && ends) out.closeTable();
}

/** The document's text from the XML of word/document.xml. */
export function documentXmlText(xml: string): string {
  const out = new DocxText();
  let inText = false;
  let skip = 0; // inside w:del or w:instrText
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText && skip === 0) out.text(decodeXml(chars));
    } else if (tag === 'w:del' || tag === 'w:instrText' || tag === 'w:delText') {
      skip += !closing && !selfClosing ? 1 : closing ? -1 : 0;
    } else if (tag === 'w:t') {
      inText = !closing && !selfClosing;
    } else if (tag && skip === 0) {
      element(out, tag, closing ? 'close' : selfClosing ? 'empty' : 'open');
    }
  }
  return out.result();
}

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch (error) {
    throw new IngestError('corrupt', `Tệp DOCX "${fileName}" bị hỏng (${(error as Error).message}).`);
  }
  if (xml === undefined) throw new IngestError('corrupt', `Tệp DOCX "${fileName}" không có nội dung văn bản (thiếu word/document.xml).`);
  return { text: documentXmlText(xml).normalize('NFC'), format: 'docx', pages: null, conversions: ['DOCX (word/document.xml)'], warnings: [], signedAt: null };
}
