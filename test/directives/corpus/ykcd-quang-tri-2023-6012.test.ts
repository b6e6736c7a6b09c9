/**
 * Golden facts of Công văn 6012/UBND-KT of UBND tỉnh Quảng Trị, 14/11/2023, as published on the "Đối thoại doanh nghiệp"
 * page of quangtri.gov.vn (test/fixtures/corpus/ykcd-quang-tri-2023-6012.txt), written from reading the page.
 *
 * Number, type and date come from the source line "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)". The deadline is
 * printed with its year: "hoàn thành trước ngày 21/11/2022" — a year before the letter (most likely a typing slip for
 * 2023), but a written year is never re-inferred (directives/README.md: only a missing year is inferred), so it reads
 * 20/11/2022, a Sunday: due Monday 21/11/2022, and the reader must warn that the deadline precedes the document.
 * The page names "Quảng Trị" (the portal's label), a province outside the directory: agencyId null.
 */
import { coordinatorsOf, deadlinesOf, leadsOf, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('ykcd-quang-tri-2023-6012.txt');
const task = () => taskOfParagraph(spec, text, 'Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì');

describe('Công văn 6012/UBND-KT, UBND tỉnh Quảng Trị, 14/11/2023 (answer on the business-dialogue page)', () => {
  test('header from the source line "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)"', () => {
    expect(spec.document).toMatchObject({ number: '6012/UBND-KT', code: 'UBND-KT', type: 'Công văn', issuedOn: '2023-11-14' });
  });

  test('"Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường …": lead and coordinator by name', () => {
    const t = task();
    expect(leadsOf(t).map((a) => a.name)).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
    expect(coordinatorsOf(t).map((a) => a.name)).toEqual(['Sở Tài nguyên và Môi trường']);
  });

  test('the page names Quảng Trị, a province outside the directory: no Kon Tum ids', () => {
    const t = task();
    expect([...leadsOf(t), ...coordinatorsOf(t)].map((a) => a.agencyId)).toEqual([null, null]);
  });

  test('"hoàn thành trước ngày 21/11/2022": the written year stands — nominal Sunday 20/11/2022, due Monday 21/11/2022', () => {
    expect(deadlinesOf(task())).toEqual([['once', expect.stringMatching(/^(?:hoàn thành )?trước ngày 21\/11\/2022$/u), '2022-11-20', '2022-11-21']]);
  });

  test('the deadline precedes the letter: warned', () => {
    expect(spec.warnings.map((w) => w.code)).toContain('deadline-before-document');
  });

  test('one task: the portal labels, the "V/v" question title and the source line are none', () => {
    expect(spec.tasks).toHaveLength(1);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.phrase.includes('14/11/2023'))).toBe(false);
  });
});
