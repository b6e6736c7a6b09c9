/**
 * Golden facts of Công văn 6202/UBND-KT of UBND tỉnh Quảng Trị, 23/11/2023, as published on the "Đối thoại doanh nghiệp"
 * page of quangtri.gov.vn (test/fixtures/corpus/ykcd-quang-tri-2023-6202.txt), written from reading the page.
 *
 * The page gives the UBND's directions and, on its last line, the letter they come from: "(Theo Công văn số
 * 6202/UBND-KT, ngày 23/11/2023)" — that line identifies the document itself (number, type, date), it cites no other.
 * The one direction is also the letter's last sentence, so it ends with the closing mark "./.": it is still a task
 * with its lead. "hoàn thành trước ngày 10/12/2023" = 09/12/2023 (directives/README.md), a Saturday: due Monday
 * 11/12/2023 (Civil Code: a last day that is a day off moves to the next working day). Quảng Trị's agencies are not the
 * directory's (Kon Tum): no id.
 */
import { coordinatorsOf, deadlinesOf, leadsOf, allPhrases, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('ykcd-quang-tri-2023-6202.txt');
const task = () => taskOfParagraph(spec, text, 'Giao Sở Tài nguyên và Môi trường chủ trì');

describe('Công văn 6202/UBND-KT, UBND tỉnh Quảng Trị, 23/11/2023 (answer on the business-dialogue page)', () => {
  test('header from the source line "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)"', () => {
    expect(spec.document).toMatchObject({ number: '6202/UBND-KT', code: 'UBND-KT', type: 'Công văn', issuedOn: '2023-11-23' });
  });

  test('"Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan …./.": the Sở leads; no named coordinator', () => {
    const t = task();
    expect(leadsOf(t).map((a) => a.name)).toEqual(['Sở Tài nguyên và Môi trường']);
    // "các đơn vị, địa phương liên quan" names no agency: whatever the reader keeps of it, no named body.
    for (const c of coordinatorsOf(t)) expect(/^(Sở|Ban|Bộ|UBND|Ủy ban|Uỷ ban)\s/u.test(c.name)).toBe(false);
  });

  test('no directory (Kon Tum) id for a Quảng Trị letter\'s agencies', () => {
    expect(task().assignees.map((a) => a.agencyId).filter((id) => id !== null)).toEqual([]);
  });

  test('"hoàn thành trước ngày 10/12/2023": nominal Saturday 09/12/2023, due Monday 11/12/2023', () => {
    expect(deadlinesOf(task())).toEqual([['once', expect.stringMatching(/^(?:hoàn thành )?trước ngày 10\/12\/2023$/u), '2023-12-09', '2023-12-11']]);
  });

  test('one task; the letter\'s own date 23/11/2023 is no deadline', () => {
    expect(spec.tasks).toHaveLength(1);
    expect(allPhrases(spec).some((p) => p.includes('23/11/2023'))).toBe(false);
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });
});
