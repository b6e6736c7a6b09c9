/**
 * A Word 97–2003 file (.doc): antiword (Debian) prints its text, one paragraph per line with -w 0, and its
 * tables as rows of cells between bars, which we turn into the "| cell | cell |" rows the reader knows.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './IngestError';
import { runTool } from './tools';
import type { ExtractedDocument } from './types';
import { withWorkdir } from './workdir';

const BAR_ROW = /^\|.*\|\s*$/;
const cellsOf = (line: string) => line.trim().slice(1, -1).split('|').map((c) => c.trim());

/**
 * antiword draws each line of a table as "|cell|cell|", with no mark between a row's wrapped lines and the next
 * row. The header table at the top (issuer and number beside quốc hiệu and date) is read column by column, the
 * way the header is written; other tables keep a line per printed line, "| cell | cell |".
 */
function tables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!BAR_ROW.test(lines[i])) {
      out.push(lines[i++].trimEnd());
      continue;
    }
    const block: string[][] = [];
    while (i < lines.length && BAR_ROW.test(lines[i])) block.push(cellsOf(lines[i++]));
    const isHeader = out.every((l) => !l.trim()) && block.every((cells) => cells.length === 2);
    if (isHeader) for (const column of [0, 1]) out.push(...block.map((cells) => cells[column]).filter(Boolean));
    else out.push(...block.filter((cells) => cells.some(Boolean)).map((cells) => `| ${cells.join(' | ')} |`));
  }
  return out.join('\n');
}

export async function extractDoc(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  return withWorkdir(async (dir) => {
    const file = path.join(dir, 'input.doc');
    await writeFile(file, bytes);
    const run = await runTool('antiword', { args: ['-w', '0', '-m', 'UTF-8.txt', file], purpose: `đọc tệp Word "${fileName}"` });
    if (run.status !== 0) {
      const why = run.stderr.trim().split('\n').pop() ?? '';
      throw new IngestError('corrupt', `Không đọc được tệp Word cũ "${fileName}" (${why}): hãy mở bằng Word và lưu thành DOCX hoặc PDF.`);
    }
    const text = tables(run.stdout.toString('utf8').normalize('NFC'));
    return { text: text.trim(), format: 'doc', pages: null, conversions: ['Word 97–2003 (antiword)'], warnings: [], signedAt: null };
  });
}
