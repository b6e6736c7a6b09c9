/** `chidao parse FILE` on the files a clerk receives: the real command in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { directiveHtml, docxOf, pdfFromHtml } from './documents';

const root = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'chidao-cli-files-'));

function chidao(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'cli', 'main.ts'), ...args], {
    cwd: root, encoding: 'utf8', timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const nominals = (spec: { tasks: Array<{ deadlines: Array<{ nominal: string }> }> }) => spec.tasks.flatMap((t) => t.deadlines.map((d) => d.nominal));

describe('chidao parse FILE', () => {
  it('reads a signed-style PDF and says where the text came from', async () => {
    const file = path.join(dir, 'cv15.pdf');
    writeFileSync(file, await pdfFromHtml(directiveHtml()));
    const r = chidao(['parse', file, '--json']);
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.stdout);
    expect(spec.source).toEqual({ fileName: 'cv15.pdf', format: 'pdf', pages: 1, conversions: ['lớp chữ PDF (pdftotext)'], signedAt: null });
    expect(nominals(spec)).toEqual(expect.arrayContaining(['2026-01-19', '2026-02-28']));
    const table = chidao(['parse', file]);
    expect(table.stdout).toContain('Đọc từ cv15.pdf: lớp chữ PDF (pdftotext)');
  });

  it('reads a DOCX whatever its name, by its bytes', async () => {
    const file = path.join(dir, 'kehoach');
    writeFileSync(file, await docxOf());
    const spec = JSON.parse(chidao(['parse', file, '--json']).stdout);
    expect(spec.source.format).toBe('docx');
    expect(nominals(spec)).toEqual(expect.arrayContaining(['2026-01-24', '2026-06-30']));
  });

  it('refuses a spreadsheet in one line that says what it is', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const file = path.join(dir, 'bang.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = chidao(['parse', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/không phải văn bản Word/u);
  });
});
