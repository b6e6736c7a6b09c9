/**
 * Golden facts of Công văn 1066/UBND-VXNV of UBND tỉnh Bắc Kạn, 01/3/2021, as rendered on backan.gov.vn
 * (test/fixtures/corpus/cv-bac-kan-2021-1066.txt), written from reading the page, not from the program.
 *
 * The lead paragraph says whom the letter addresses ("các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành
 * phố"); the body then calls them "các đơn vị, địa phương". Both deadlines are "trước ngày D": D − 1 falls on a Sunday
 * (31/10/2021, 14/11/2021), so the due day is the Monday after (Civil Code art. 148 khoản 5). The page stamp
 * 02/03/2021 and the letter's date 01/3/2021 are no deadlines. The page never names the province: no Kon Tum ids.
 */
import { deadlinesOf, leadsOf, allPhrases, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('cv-bac-kan-2021-1066.txt');

describe('Công văn 1066/UBND-VXNV, UBND tỉnh Bắc Kạn, 01/3/2021', () => {
  test('header: number, type and date from the news lead', () => {
    expect(spec.document).toMatchObject({ number: '1066/UBND-VXNV', code: 'UBND-VXNV', type: 'Công văn', issuedOn: '2021-03-01' });
  });

  test('"Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương … trước ngày 01/11/2021": nominal Sunday 31/10/2021, due Monday 01/11/2021', () => {
    const t = taskOfParagraph(spec, text, 'Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương');
    expect(deadlinesOf(t)).toEqual([['once', 'trước ngày 01/11/2021', '2021-10-31', '2021-11-01']]);
  });

  test('"các đơn vị, địa phương" are the sở, ban, ngành thuộc UBND tỉnh and UBND các huyện, thành phố of the lead; Sở Kế hoạch và Đầu tư only receives', () => {
    const t = taskOfParagraph(spec, text, 'Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương');
    expect(leadsOf(t)).toEqual([
      { name: 'các sở, ban, ngành thuộc UBND tỉnh', agencyId: null },
      { name: 'UBND các huyện, thành phố', agencyId: null },
    ]);
  });

  test('"Trên cơ sở báo cáo …, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp …; trình UBND tỉnh trước ngày 15/11/2021": Sở Kế hoạch và Đầu tư leads', () => {
    const t = taskOfParagraph(spec, text, 'Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ');
    expect(leadsOf(t)).toEqual([{ name: 'Sở Kế hoạch và Đầu tư', agencyId: null }]);
  });

  test('its deadline: "trước ngày 15/11/2021" = Sunday 14/11/2021, due Monday 15/11/2021', () => {
    const t = taskOfParagraph(spec, text, 'Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ');
    expect(deadlinesOf(t)).toEqual([['once', 'trước ngày 15/11/2021', '2021-11-14', '2021-11-15']]);
  });

  test('page chrome, title and byline are no tasks; the news lead is not a task of its own', () => {
    expect(spec.tasks.some((t) => /PublishingPortal|Tăng cỡ chữ|Hồng Nhung|^UBND tỉnh chỉ đạo tổng kết/u.test(t.text))).toBe(false);
    expect(spec.tasks).toHaveLength(2);
  });

  test('the page stamp 02/03/2021, the letter\'s date 01/3/2021 and "năm 2021" give no deadline', () => {
    expect(onceNominals(spec)).toEqual(['2021-10-31', '2021-11-14']);
    expect(allPhrases(spec).some((p) => /02\/03\/2021|01\/3\/2021/u.test(p))).toBe(false);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.kind === 'recurring')).toBe(false);
  });
});
