/**
 * Every corpus annotation (test/fixtures/corpus/ANNOTATIONS.md) is well formed: it parses against the score's schema
 * (real ISO days, levels, genres and forms from the lists), names the text beside it — or, under originals/, an
 * original file of its own base name — and every phrase and agency name it quotes is in that text, so an annotation
 * cannot point at words the document does not have (nor split "các sở, ban, ngành" into three names by a YAML slip
 * that goes unseen: the pieces would each be found, so that one is for the reviewer). Original files live outside the
 * repository: their phrases are not checked here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Annotation, CORPUS_DIR, readAnnotation } from '../../scripts/score/annotations';

const ORIGINALS_DIR = path.join(CORPUS_DIR, 'originals');
const ORIGINAL_EXTENSIONS = ['.pdf', '.docx', '.doc', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

const yamlsIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.expected.yaml')).sort() : []);
const baseOf = (yamlName: string) => yamlName.slice(0, -'.expected.yaml'.length);
/** Whitespace folded (page text has runs of spaces, non-breaking spaces, line breaks inside a phrase) and NFC. */
const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');

const textFiles = yamlsIn(CORPUS_DIR);
const originalFiles = yamlsIn(ORIGINALS_DIR);

const valid = {
  document: 'x.txt', source: 'test', issuer: 'UBND tỉnh Kon Tum', level: 'province', genre: 'cong-van', form: 'portal',
  issuedOn: '2021-03-01', deadlines: [{ date: '2021-11-01', phrase: 'trước ngày 01/11/2021', lead: ['Sở Y tế'] }],
};

describe('the annotation schema', () => {
  test('takes a well-formed annotation', () => {
    expect(Annotation.safeParse(valid).success).toBe(true);
  });

  test.each([
    ['a day that does not exist', { ...valid, deadlines: [{ ...valid.deadlines[0], date: '2021-02-30' }] }],
    ['a date not written YYYY-MM-DD', { ...valid, issuedOn: '01/3/2021' }],
    ['a level not in the list', { ...valid, level: 'province-level' }],
    ['a genre not in the list', { ...valid, genre: 'cong-van-khan' }],
    ['a form not in the list', { ...valid, form: 'pdf' }],
    ['both document and original', { ...valid, original: 'x.pdf' }],
    ['neither document nor original', { ...valid, document: undefined }],
    ['a misspelt field', { ...valid, deadlines: [{ ...valid.deadlines[0], coordinator: ['Sở Tài chính'] }] }],
    ['a deadline without a phrase', { ...valid, deadlines: [{ date: '2021-11-01', lead: [] }] }],
  ])('rejects %s', (_what, data) => {
    expect(Annotation.safeParse(data).success).toBe(false);
  });
});

for (const yamlName of textFiles) describe(`test/fixtures/corpus/${yamlName}`, () => {
  const file = path.join(CORPUS_DIR, yamlName);

  test('opens with a comment saying how it was written', () => {
    expect(fs.readFileSync(file, 'utf8').startsWith('#')).toBe(true);
  });

  test('parses, and names the text beside it', () => {
    const { annotation } = readAnnotation(file);
    expect(annotation.original).toBeUndefined();
    expect(annotation.document).toBe(`${baseOf(yamlName)}.txt`);
    expect(fs.existsSync(path.join(CORPUS_DIR, annotation.document ?? ''))).toBe(true);
  });

  test('every phrase it quotes is in the text', () => {
    const { annotation } = readAnnotation(file);
    const text = fold(fs.readFileSync(path.join(CORPUS_DIR, annotation.document ?? ''), 'utf8'));
    const quoted = [...annotation.deadlines, ...annotation.notDeadlines].map((d) => d.phrase);
    expect(quoted.filter((p) => !text.includes(fold(p)))).toEqual([]);
  });

  test('every lead and coordinator it names is named so in the text', () => {
    const { annotation } = readAnnotation(file);
    const text = fold(fs.readFileSync(path.join(CORPUS_DIR, annotation.document ?? ''), 'utf8'));
    const names = annotation.deadlines.flatMap((d) => [...d.lead, ...d.coordinators]);
    expect([...new Set(names)].filter((n) => !text.includes(fold(n)))).toEqual([]);
  });
});

for (const yamlName of originalFiles) describe(`test/fixtures/corpus/originals/${yamlName}`, () => {
  const file = path.join(ORIGINALS_DIR, yamlName);

  test('opens with a comment saying how it was written', () => {
    expect(fs.readFileSync(file, 'utf8').startsWith('#')).toBe(true);
  });

  test('parses, and names an original file of the same base name', () => {
    const { annotation } = readAnnotation(file);
    expect(annotation.document).toBeUndefined();
    const original = annotation.original ?? '';
    expect(path.basename(original)).toBe(original);
    expect(path.parse(original).name).toBe(baseOf(yamlName));
    expect(ORIGINAL_EXTENSIONS).toContain(path.extname(original).toLowerCase());
  });
});

test('no original file is committed beside the annotations', () => {
  const kept = fs.existsSync(ORIGINALS_DIR) ? fs.readdirSync(ORIGINALS_DIR).filter((f) => !f.endsWith('.expected.yaml')) : [];
  expect(kept).toEqual([]);
});
