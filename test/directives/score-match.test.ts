/**
 * The corpus score's matching rules (test/fixtures/corpus/ANNOTATIONS.md, "How the score matches"), on a short letter
 * read by the real reader and annotations written here: a day or the day before matches, each annotation once, the
 * lead compared as a reader would, and what is left over is missed or invented.
 */
import { readDirective } from '../../directives';
import { Annotation } from '../../scripts/score/annotations';
import { foldName, leadMatches, scoreDocument, totalsOf } from '../../scripts/score/match';
import { directory } from './helpers';

const LETTER = [
  'Kon Tum, ngày 09 tháng 01 năm 2018',
  'Về việc rà soát chính sách',
  'UBND tỉnh có ý kiến như sau:',
  '1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát và báo cáo UBND tỉnh trước ngày 20/01/2018.',
  '2. Giao Sở Giáo dục và Đào tạo hoàn thành trong tháng 3/2018.',
].join('\n\n');

const spec = readDirective(LETTER, { agencies: directory });

function annotation(deadlines: Array<{ date: string; phrase: string; lead: string[] }>): Annotation {
  return Annotation.parse({
    document: 'x.txt', source: 'test', issuer: 'UBND tỉnh Kon Tum', level: 'province', genre: 'cong-van',
    form: 'full-text', issuedOn: '2018-01-09', deadlines,
  });
}

describe('score matching', () => {
  test('"trước ngày 20/01/2018" read as 19/01 matches the annotated 20/01; "trong tháng 3/2018" matches 31/3', () => {
    const s = scoreDocument(annotation([
      { date: '2018-01-20', phrase: 'trước ngày 20/01/2018', lead: ['Sở Y tế'] },
      { date: '2018-03-31', phrase: 'trong tháng 3/2018', lead: ['Sở Giáo dục và Đào tạo'] },
    ]), spec);
    expect(s).toMatchObject({ annotated: 2, found: 2, matched: 2, leadAsked: 2, leadRight: 2, missed: [], invented: [] });
  });

  test('a wrong day is missed and its found deadline invented; a wrong lead is counted as such', () => {
    const s = scoreDocument(annotation([
      { date: '2018-01-25', phrase: 'trước ngày 25/01/2018', lead: ['Sở Y tế'] },
      { date: '2018-03-31', phrase: 'trong tháng 3/2018', lead: ['Sở Tài chính'] },
    ]), spec);
    expect(s.matched).toBe(1);
    expect(s.missed.map((m) => m.date)).toEqual(['2018-01-25']);
    expect(s.invented.map((f) => f.nominal)).toEqual(['2018-01-19']);
    expect(s.leadRight).toBe(0);
    expect(s.wrongLead[0].found.leads).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  test('an annotation matches one found deadline at most; no lead named leaves it out of the lead share', () => {
    const s = scoreDocument(annotation([
      { date: '2018-03-31', phrase: 'trong tháng 3/2018', lead: [] },
      { date: '2018-03-31', phrase: 'trong tháng 3/2018', lead: [] },
    ]), spec);
    expect(s).toMatchObject({ matched: 1, leadAsked: 0, found: 2 });
    expect(totalsOf([s])).toMatchObject({ recall: 0.5, precision: 0.5, lead: 1 });
  });

  test('names compare folded: case, "UBND", "Uỷ", "&" and punctuation', () => {
    expect(foldName('UBND các huyện, thành phố')).toBe('ủy ban nhân dân các huyện thành phố');
    expect(leadMatches(['Ủy ban nhân dân tỉnh'], ['UBND tỉnh'])).toBe(true);
    expect(leadMatches(['Sở GD&ĐT'], ['sở gd và đt'])).toBe(true);
    expect(leadMatches(['các Bộ, ngành'], ['Bộ Tài chính'])).toBe(false);
  });

  test('an annotation with neither or both of document and original is refused, naming the rule', () => {
    const base = { source: 's', issuer: 'i', level: 'province', genre: 'cong-van', form: 'portal', issuedOn: null };
    expect(Annotation.safeParse(base).success).toBe(false);
    expect(Annotation.safeParse({ ...base, document: 'a.txt', original: 'b.pdf' }).success).toBe(false);
    expect(Annotation.safeParse({ ...base, document: 'a.txt', issuedOn: '2021-02-31' }).success).toBe(false);
  });
});
