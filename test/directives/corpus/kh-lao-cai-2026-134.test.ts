/**
 * Golden facts of Kế hoạch 134/KH-UBND of UBND tỉnh Lào Cai, 26/3/2026 (test/fixtures/corpus/kh-lao-cai-2026-134.txt),
 * written from reading the document and the reading rules of directives/README.md, not from the program.
 *
 * A plan without a task table: the tasks are in II (NỘI DUNG, "X chủ trì, phối hợp với Y …, hoàn thành trong …") and
 * V (TỔ CHỨC THỰC HIỆN, one heading per agency, bullets under it). Its deadlines: "hoàn thành trong quý IV năm 2026"
 * and three "… trong năm 2026" after a verb of completion, all 31/12/2026 (a Thursday, a working day); and the
 * monthly report "trước ngày 20 hằng tháng" = the 19th, whose first occurrence after 26/3/2026 is Sunday 19/4/2026,
 * due Monday 20/4/2026. Not deadlines: the dozen cited documents (one of them dated 19/6/2026, after the plan itself),
 * "thời kỳ 2021-2030, tầm nhìn đến năm 2050", "giai đoạn 2026-2030" and the title's "năm 2026".
 * No agency of Lào Cai is in the directory (it is Kon Tum's and two districts'): every agencyId is null.
 */
import { allPhrases, coordinatorsOf, leadsOf, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('kh-lao-cai-2026-134.txt');
const dated = (words: string) => taskOfParagraph(spec, text, words).deadlines.filter((d) => d.nominal !== null);
const as = (name: string) => ({ name, agencyId: null });

describe('Kế hoạch 134/KH-UBND, UBND tỉnh Lào Cai, 26/3/2026', () => {
  test('header: number, type, date and place as printed ("Số: 134 /KH-UBND", "Lào Cai, ngày 26 tháng 3 năm 2026")', () => {
    expect(spec.document).toMatchObject({ number: '134/KH-UBND', code: 'KH-UBND', type: 'Kế hoạch', issuedOn: '2026-03-26', place: 'Lào Cai' });
    expect(spec.document.issuer).toMatch(/^ủy ban nhân dân tỉnh lào cai$/iu);
  });

  test('signer: KT. Chủ tịch, Phó Chủ tịch Nguyễn Thế Phước', () => {
    expect(spec.document.signer).toMatchObject({ name: 'Nguyễn Thế Phước', capacity: 'KT.' });
  });

  test('II.4 "UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu Kinh tế … hoàn thành trong quý IV năm 2026": 31/12/2026', () => {
    const t = taskOfParagraph(spec, text, 'UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng');
    expect(leadsOf(t)).toEqual([as('UBND phường Lào Cai')]);
    expect(coordinatorsOf(t)).toEqual(expect.arrayContaining([as('Sở Xây dựng'), as('Ban Quản lý khu Kinh tế')]));
    expect(t.deadlines.map((d) => [d.kind, d.nominal, d.due])).toEqual([['once', '2026-12-31', '2026-12-31']]);
    expect(t.deadlines[0].phrase).toMatch(/quý IV năm 2026$/u);
  });

  test('II.5 "Ban Quản lý Khu kinh tế chủ trì, phối hợp … Xây dựng phương án giá …, hoàn thành trong năm 2026": 31/12/2026', () => {
    const t = taskOfParagraph(spec, text, 'Ban Quản lý Khu kinh tế chủ trì, phối hợp với các sở ban ngành và địa phương');
    expect(leadsOf(t)).toEqual([as('Ban Quản lý Khu kinh tế')]);
    expect(dated('Ban Quản lý Khu kinh tế chủ trì, phối hợp với các sở ban ngành và địa phương').map((d) => [d.kind, d.nominal, d.due]))
      .toEqual([['once', '2026-12-31', '2026-12-31']]);
  });

  test('II.6 "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh triển khai xây dựng hoàn thành trong năm 2026": two leads, 31/12/2026', () => {
    const t = taskOfParagraph(spec, text, 'Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh triển khai');
    expect(leadsOf(t)).toEqual([as('Ban Quản lý Khu kinh tế'), as('Ban Quản lý các Khu công nghiệp tỉnh')]);
    expect(t.deadlines.map((d) => [d.kind, d.nominal, d.due])).toEqual([['once', '2026-12-31', '2026-12-31']]);
  });

  test('II.7 "Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có liên quan …": no date', () => {
    const t = taskOfParagraph(spec, text, 'Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có liên quan hướng');
    expect(leadsOf(t)).toEqual([as('Sở Khoa học và Công nghệ')]);
    expect(dated('Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có liên quan hướng')).toEqual([]);
  });

  test('V.2 the bullets under "2. Sở Tài chính" are Sở Tài chính\'s', () => {
    expect(leadsOf(taskOfParagraph(spec, text, '- Lập, cập nhật các dự án đầu tư hạ tầng kỹ thuật khu'))).toEqual([as('Sở Tài chính')]);
    expect(leadsOf(taskOfParagraph(spec, text, '- Chủ trì, phối hợp với các cơ quan liên quan đề xuất việc sử dụng vốn'))).toEqual([as('Sở Tài chính')]);
  });

  test('V.1 the bullets under "1. Sở Công Thương" are Sở Công Thương\'s; "định kỳ báo cáo" without a period gives no date', () => {
    const t = taskOfParagraph(spec, text, '- Là cơ quan thường trực, có trách nhiệm tổng hợp');
    expect(leadsOf(t)).toEqual([as('Sở Công Thương')]);
    expect(dated('- Là cơ quan thường trực, có trách nhiệm tổng hợp').filter((d) => d.kind === 'once')).toEqual([]);
  });

  test('V.9 "Ủy ban nhân dân phường Yên Bái chủ trì phối hợp với Ủy ban nhân dân phường Văn Phú … hoàn thành phê duyệt phương án trong năm 2026"', () => {
    const t = taskOfParagraph(spec, text, '- Ủy ban nhân dân phường Yên Bái chủ trì');
    expect(leadsOf(t)).toEqual([as('Ủy ban nhân dân phường Yên Bái')]);
    expect(coordinatorsOf(t)).toEqual(expect.arrayContaining([as('Ủy ban nhân dân phường Văn Phú')]));
    expect(t.deadlines.map((d) => [d.kind, d.nominal, d.due])).toEqual([['once', '2026-12-31', '2026-12-31']]);
  });

  test('VI.1 "gửi về Sở Công Thương trước ngày 20 hằng tháng": monthly on the 19th; first Sunday 19/4/2026, due Monday 20/4/2026', () => {
    const t = taskOfParagraph(spec, text, '1. Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá');
    const monthly = t.deadlines.filter((d) => d.kind === 'recurring');
    expect(monthly).toHaveLength(1);
    expect(monthly[0].recurrence).toEqual({ freq: 'monthly', day: 19 });
    expect([monthly[0].nominal, monthly[0].due]).toEqual(['2026-04-19', '2026-04-20']);
    expect(monthly[0].occurrences[0]).toEqual({ nominal: '2026-04-19', due: '2026-04-20' });
    expect(t.deadlines.some((d) => d.kind === 'once')).toBe(false);
    expect(leadsOf(t)[0]?.name).toMatch(/Sở, ban, ngành/u);
  });

  test('the only one-off deadlines are the four 31/12/2026; cited documents, periods and the title year are none', () => {
    expect(onceNominals(spec)).toEqual(['2026-12-31', '2026-12-31', '2026-12-31', '2026-12-31']);
    expect(allPhrases(spec).filter((p) => /19\/6\/2026|16\/6\/2025|12\/12\/2025|23\/02\/2026|4\/2\/2026|02\/6\/2023|13\/3\/2026|27\/12\/2025|28\/5\/2022|2021-2030|2026-2030|2050/u.test(p))).toEqual([]);
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });

  test('no agency of Lào Cai takes a directory id (the directory has none of this province)', () => {
    expect(spec.tasks.flatMap((t) => t.assignees).filter((a) => a.agencyId !== null)).toEqual([]);
  });
});
