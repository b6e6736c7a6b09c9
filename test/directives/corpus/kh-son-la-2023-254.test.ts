/**
 * Golden facts of Quyết định 254/QĐ-UBND of the Chủ tịch UBND tỉnh Sơn La, 17/02/2023, and the Kế hoạch thực hiện
 * công tác bảo vệ bí mật nhà nước năm 2023 it issues (test/fixtures/corpus/kh-son-la-2023-254.txt), written from
 * reading the document and the reading rules of directives/README.md, not from the program.
 *
 * The header is the Quyết định's (type Quyết định); the tasks are the Kế hoạch's: II lists the work, "(Giao Công an tỉnh
 * chủ trì, phối hợp với …)" naming who does it; III gives each agency its paragraph ("Sở Tư pháp: Phối hợp với Công an
 * tỉnh …"); IV.1 sets the only two deadlines: "trước ngày 28/2/2023" → 27/02/2023 and "trước ngày 10/11/2023" →
 * 09/11/2023 (a Monday and a Thursday, working days). Sở Nội vụ's "khẩn trương tham mưu" is urgent, undated. Not
 * deadlines: some fifteen cited documents (19/6/2015 … 08/12/2022), the Tờ trình of 03/02/2023 and "năm 2023".
 */
import { allPhrases, coordinatorsOf, deadlinesOf, leadsOf, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('kh-son-la-2023-254.txt');
const as = (name: string) => ({ name, agencyId: null });

describe('Quyết định 254/QĐ-UBND ban hành Kế hoạch bảo vệ bí mật nhà nước năm 2023, Sơn La, 17/02/2023', () => {
  test('header: number, type, date and place as printed', () => {
    expect(spec.document).toMatchObject({ number: '254/QĐ-UBND', code: 'QĐ-UBND', type: 'Quyết định', issuedOn: '2023-02-17', place: 'Sơn La' });
    expect(spec.document.issuer).toMatch(/^ủy ban nhân dân tỉnh sơn la$/iu);
    expect(spec.document.signer).toMatchObject({ name: 'Hoàng Quốc Khánh', title: 'CHỦ TỊCH', capacity: null });
  });

  test('IV.1 the sở, ban, ngành and UBND các huyện, thành phố: plan "trước ngày 28/2/2023" → 27/02/2023, report "trước ngày 10/11/2023" → 09/11/2023', () => {
    const t = taskOfParagraph(spec, text, 'Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố căn cứ');
    expect(deadlinesOf(t)).toEqual([
      ['once', 'trước ngày 28/2/2023', '2023-02-27', '2023-02-27'],
      ['once', 'trước ngày 10/11/2023', '2023-11-09', '2023-11-09'],
    ]);
    const names = leadsOf(t).map((a) => a.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/sở, ban, ngành( trực thuộc UBND tỉnh)?$/u);
    expect(names[1]).toMatch(/UBND các huyện, thành phố$/u);
  });

  test('II.7 "Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố có trách nhiệm: …": two leads, "UBND tỉnh" only qualifies the sở', () => {
    const t = taskOfParagraph(spec, text, 'Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố có trách nhiệm');
    const names = leadsOf(t).map((a) => a.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/sở, ban, ngành( trực thuộc UBND tỉnh)?$/u);
    expect(names[1]).toMatch(/UBND các huyện, thành phố$/u);
    expect(t.deadlines.filter((d) => d.nominal !== null)).toEqual([]);
  });

  test('II.6 "(Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp …)": Công an tỉnh leads', () => {
    const t = taskOfParagraph(spec, text, 'Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN');
    expect(leadsOf(t)).toEqual([as('Công an tỉnh')]);
    expect(coordinatorsOf(t)).toEqual(expect.arrayContaining([as('Văn phòng UBND tỉnh'), as('Sở Tư pháp')]));
    expect(t.deadlines.filter((d) => d.nominal !== null)).toEqual([]);
  });

  test('II.8 "Thành lập Đoàn kiểm tra … năm 2023 … (Giao Công an tỉnh tham mưu)": Công an tỉnh, and "năm 2023" is no deadline', () => {
    const t = taskOfParagraph(spec, text, 'Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ BMNN năm 2023');
    expect(leadsOf(t)).toEqual([as('Công an tỉnh')]);
    expect(t.deadlines.filter((d) => d.nominal !== null)).toEqual([]);
  });

  test('III.3 Sở Nội vụ "Chủ trì, phối hợp với Văn phòng UBND tỉnh khẩn trương tham mưu": urgent, no date', () => {
    const t = taskOfParagraph(spec, text, '- Chủ trì, phối hợp với Văn phòng UBND tỉnh khẩn trương tham mưu');
    expect(leadsOf(t)).toEqual([as('Sở Nội vụ')]);
    expect(coordinatorsOf(t)).toEqual([as('Văn phòng UBND tỉnh')]);
    expect(t.deadlines.map((d) => [d.kind, d.urgent])).toEqual([['none', true]]);
  });

  test('III.4 "Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra …": Sở Tư pháp leads, Công an tỉnh coordinates', () => {
    const t = taskOfParagraph(spec, text, '4. Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra');
    expect(leadsOf(t)).toEqual([as('Sở Tư pháp')]);
    expect(coordinatorsOf(t)).toEqual(expect.arrayContaining([as('Công an tỉnh')]));
  });

  test('III.2 "Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh …" and III.6 "Sở Tài chính: Căn cứ dự toán …" (the cited 08/12/2022 no deadline)', () => {
    const vp = taskOfParagraph(spec, text, '2. Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh');
    expect(leadsOf(vp)).toEqual([as('Văn phòng UBND tỉnh')]);
    expect(coordinatorsOf(vp)).toEqual(expect.arrayContaining([as('Công an tỉnh')]));
    const tc = taskOfParagraph(spec, text, '6. Sở Tài chính: Căn cứ dự toán');
    expect(leadsOf(tc)).toEqual([as('Sở Tài chính')]);
    expect(tc.deadlines.filter((d) => d.nominal !== null)).toEqual([]);
  });

  test('IV.3 "Giao Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh …"', () => {
    const t = taskOfParagraph(spec, text, '3. Giao Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh');
    expect(leadsOf(t)).toEqual([as('Công an tỉnh')]);
    expect(coordinatorsOf(t)).toEqual([as('Văn phòng UBND tỉnh')]);
  });

  test('the only one-off deadlines are IV.1\'s two; cited documents and "năm 2023" are none', () => {
    expect(onceNominals(spec)).toEqual(['2023-02-27', '2023-11-09']);
    expect(allPhrases(spec).filter((p) => /19 tháng 6 năm 2015|22 tháng 11 năm 2019|28\/02\/2020|10\/3\/2020|06\/7\/2022|18\/9\/2020|31\/12\/2021|04\/7\/2018|23\/01\/2020|02\/12\/2021|18\/11\/2022|08\/12\/2022|03 tháng 02 năm 2023/u.test(p))).toEqual([]);
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });

  test('no agency of Sơn La takes a directory id', () => {
    expect(spec.tasks.flatMap((t) => t.assignees).filter((a) => a.agencyId !== null)).toEqual([]);
  });
});
