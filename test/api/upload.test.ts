/**
 * POST /api/directives/parse with a file: multipart/form-data over real HTTP (the API listening, fetch with a
 * FormData body, as a browser's form sends it), a PDF and a DOCX made at test time, and the refusals naming body.file.
 */
import { devServer } from '../harness';
import { directiveHtml, docxOf, pdfFromHtml } from '../ingest/documents';
import type { DirectiveSpec } from '../../directives/spec';
import type { ErrorBody } from '../../api/errors';
import { startApiSystem, TOKENS, type ApiSystem } from './system';

type Answer = DirectiveSpec & ErrorBody;

let sys: ApiSystem;
let base: string;

beforeAll(async () => {
  sys = await startApiSystem(devServer(), { uploadLimit: 512 * 1024 });
  base = await sys.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(() => sys?.close());

async function upload(bytes: Buffer, fileName: string, fields: Record<string, string> = {}, token: string = TOKENS.secretariat) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${base}/api/directives/parse`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Answer };
}

const nominals = (spec: DirectiveSpec) => spec.tasks.flatMap((t) => t.deadlines.map((d) => d.nominal));

describe('POST /api/directives/parse with a file', () => {
  it('reads a PDF into a spec that says how it was read', async () => {
    const res = await upload(await pdfFromHtml(directiveHtml()), 'cv15.pdf');
    expect(res.status).toBe(200);
    expect(res.body.source).toEqual({ fileName: 'cv15.pdf', format: 'pdf', pages: 1, conversions: ['lớp chữ PDF (pdftotext)'], signedAt: null });
    expect(res.body.document.number).toBe('15/UBND-NC');
    expect(nominals(res.body)).toEqual(expect.arrayContaining(['2026-01-19', '2026-02-28']));
  });

  it('reads a DOCX, with issuedOn as a form field', async () => {
    const res = await upload(await docxOf(), 'kh16.docx', { issuedOn: '2026-01-06' });
    expect(res.status).toBe(200);
    expect(res.body.source?.format).toBe('docx');
    expect(nominals(res.body)).toContain('2026-01-24');
  });

  it('refuses an unsupported file with 415, a file over the limit with 413, and no file with 400, naming body.file', async () => {
    const rtf = await upload(Buffer.from('{\\rtf1\\ansi Hello}'), 'a.rtf');
    expect([rtf.status, rtf.body.error.code, rtf.body.error.field]).toEqual([415, 'unsupported', 'body.file']);
    expect(rtf.body.error.message_vi).toMatch(/RTF/);
    const big = await upload(Buffer.alloc(600 * 1024, 0x41), 'big.txt');
    expect([big.status, big.body.error.code, big.body.error.field]).toEqual([413, 'too-large', 'body.file']);
    const form = new FormData();
    form.append('issuedOn', '2026-01-06');
    const none = await fetch(`${base}/api/directives/parse`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKENS.secretariat}` } });
    expect(none.status).toBe(400);
    expect(((await none.json()) as ErrorBody).error).toMatchObject({ code: 'file-missing', field: 'body.file' });
  });

  it('refuses an agency token as it refuses the pasted text', async () => {
    const res = await upload(await docxOf(), 'kh16.docx', {}, TOKENS.sldtbxh);
    expect(res.status).toBe(403);
  });
});
