/**
 * Golden facts of Công văn 23/UBND-TN of UBND tỉnh Lai Châu, 08/01/2016, as rendered on vpubnd.laichau.gov.vn
 * (test/fixtures/corpus/cv-lai-chau-2016-23.txt), written from reading the page, not from the program.
 *
 * The page shows the day it was viewed ("Thứ hai 24/1/2022") above the article; the letter is "Ngày 08/01" of 2016:
 * it reports on 2015, cites the Bộ's letter of 04/01/2016 and sets 31/01/2016 as its deadline. "trước ngày 31/01/2016"
 * = 30/01/2016, a Saturday: due Monday 01/02/2016. "báo cáo định kỳ … năm 2015" names no period: one report, not a
 * recurrence. The text names "tỉnh Lai Châu", a province outside the directory: no Kon Tum ids.
 */
import { coordinatorsOf, deadlinesOf, leadsOf, allPhrases, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('cv-lai-chau-2016-23.txt');

describe('Công văn 23/UBND-TN, UBND tỉnh Lai Châu, 08/01/2016', () => {
  test('header: number and type from the lead paragraph', () => {
    expect(spec.document).toMatchObject({ number: '23/UBND-TN', code: 'UBND-TN', type: 'Công văn' });
  });

  test('the letter is of 08/01/2016, not of the page stamp\'s year (24/1/2022)', () => {
    expect(spec.document.issuedOn).toBe('2016-01-08');
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });

  test('"giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Ban Quản lý Khu kinh tế cửa khẩu Ma Lù Thàng …": Sở Tài nguyên và Môi trường leads, by name (the text names tỉnh Lai Châu)', () => {
    const t = taskOfParagraph(spec, text, 'Theo đó, giao Sở Tài nguyên và Môi trường chủ trì');
    expect(leadsOf(t)).toEqual([{ name: 'Sở Tài nguyên và Môi trường', agencyId: null }]);
  });

  test('… and Ban Quản lý Khu kinh tế cửa khẩu Ma Lù Thàng coordinates ("phối hợp" without "với")', () => {
    const t = taskOfParagraph(spec, text, 'Theo đó, giao Sở Tài nguyên và Môi trường chủ trì');
    expect(coordinatorsOf(t)).toEqual([{ name: 'Ban Quản lý Khu kinh tế cửa khẩu Ma Lù Thàng', agencyId: null }]);
  });

  test('"trước ngày 31/01/2016": nominal Saturday 30/01/2016, due Monday 01/02/2016; "báo cáo định kỳ … năm 2015" is no recurrence', () => {
    const t = taskOfParagraph(spec, text, 'Theo đó, giao Sở Tài nguyên và Môi trường chủ trì');
    expect(deadlinesOf(t)).toEqual([['once', 'trước ngày 31/01/2016', '2016-01-30', '2016-02-01']]);
  });

  test('one task: title, page stamp, byline and "print send mail" are none', () => {
    expect(spec.tasks).toHaveLength(1);
  });

  test('the page stamp 24/1/2022 and the cited letter of 04/01/2016 give no deadline', () => {
    expect(onceNominals(spec)).toEqual(['2016-01-30']);
    expect(allPhrases(spec).some((p) => /24\/1\/2022|04 tháng 01 năm 2016/u.test(p))).toBe(false);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.kind === 'recurring')).toBe(false);
  });
});
