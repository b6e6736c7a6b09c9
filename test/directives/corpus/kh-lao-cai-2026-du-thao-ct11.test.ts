/**
 * Golden facts of the draft Kế hoạch of UBND tỉnh Lào Cai implementing Chỉ thị 11-CT/TU (2026), with its Phụ lục
 * table "TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện | Ghi chú"
 * (test/fixtures/corpus/kh-lao-cai-2026-du-thao-ct11.txt), written from reading the document and the reading rules of
 * directives/README.md, not from the program.
 *
 * A draft: "Số: /KH-UBND", "Lào Cai, ngày tháng năm 2026": no number, no date, and so no occurrence can be placed for
 * the recurring ones. The time column reads: "Xong trong Quý II/2026" → 30/6/2026 (Tuesday); "Xong trong tháng 5/2026"
 * → 31/5/2026, a Sunday, due Monday 1/6/2026; "Trong năm 2026" → 31/12/2026 (the column is a time of completion);
 * "Hoàn thành … xong trước ngày 01/01/2030" → 31/12/2029 (Monday); "Hàng năm" → a yearly recurrence; "Thường xuyên"
 * → no date. In the body, Công an tỉnh's "… xong trong quý II năm 2026" → 30/6/2026, and the report "định kỳ hàng
 * năm (trước ngày 10/12)" is yearly, not a one-off. Not deadlines: Chỉ thị 11-CT/TU ngày 04/01/2026, Quyết định
 * 866/QĐ-Tg ngày 18/7/2023 and 1626/QĐ-TTg ngày 15/12/2023, "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050".
 */
import { allPhrases, coordinatorsOf, leadsOf, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('kh-lao-cai-2026-du-thao-ct11.txt');
const row = (words: string) => taskOfParagraph(spec, text, words);
const when = (words: string) => row(words).deadlines.filter((d) => d.kind !== 'none').map((d) => [d.kind, d.nominal, d.due]);
const as = (name: string) => ({ name, agencyId: null });

describe('draft Kế hoạch of UBND tỉnh Lào Cai on Chỉ thị 11-CT/TU (2026, unnumbered)', () => {
  test('header: a Kế hoạch of Lào Cai with neither number nor date, and warned so', () => {
    expect(spec.document).toMatchObject({ number: null, code: 'KH-UBND', type: 'Kế hoạch', issuedOn: null, place: 'Lào Cai' });
    expect(spec.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['document-number-missing', 'document-date-missing']));
    expect(spec.document.issuer).toMatch(/^ủy ban nhân dân tỉnh lào cai$/iu);
    expect(spec.document.signer?.name).toBe('Nguyễn Thành Sinh');
  });

  test('Phụ lục row 1: leads "Các Sở, ban, ngành; UBND các xã, phường", "Xong trong Quý II/2026" → 30/6/2026', () => {
    const t = row('Tổ chức quán triệt sâu rộng Chỉ thị của Ban Thường vụ Tỉnh ủy');
    expect(leadsOf(t)).toEqual([as('Các Sở, ban, ngành'), as('UBND các xã, phường')]);
    expect(when('Tổ chức quán triệt sâu rộng Chỉ thị của Ban Thường vụ Tỉnh ủy')).toEqual([['once', '2026-06-30', '2026-06-30']]);
  });

  test('Phụ lục row 2: Sở Nông nghiệp và Môi trường, "Xong trong tháng 5/2026" → Sunday 31/5/2026, due Monday 1/6/2026', () => {
    const t = row('Rà soát, điều chỉnh, cập nhật bổ sung phương án quản lý');
    expect(leadsOf(t)).toEqual([as('Sở Nông nghiệp và Môi trường')]);
    expect(when('Rà soát, điều chỉnh, cập nhật bổ sung phương án quản lý')).toEqual([['once', '2026-05-31', '2026-06-01']]);
  });

  test('Phụ lục row 3: "Trong năm 2026" in the time column → 31/12/2026', () => {
    const t = row('Thực hiện rà soát các khó khăn, vướng mắc, bất cập về quy hoạch đối với khoáng sản');
    expect(leadsOf(t)).toEqual([as('Sở Nông nghiệp và Môi trường')]);
    expect(when('Thực hiện rà soát các khó khăn, vướng mắc, bất cập về quy hoạch đối với khoáng sản')).toEqual([['once', '2026-12-31', '2026-12-31']]);
  });

  test('Phụ lục rows 4, 8, 9, 10: "Hàng năm" → a yearly recurrence, no one-off date', () => {
    for (const words of [
      'Tham mưu trình kế hoạch đấu giá quyền khai thác',
      'Rà soát, phân loại đội ngũ cán bộ, công chức thực hiện nhiệm vụ quản lý nhà nước về khoáng sản hiện có, năng lực',
      'Xây dựng kế hoạch và tổ chức thực hiện thanh tra theo kế hoạch',
      'Kiểm tra, đối chiếu khối lượng khoáng sản kê khai',
    ]) {
      expect(row(words).deadlines.map((d) => d.kind)).toEqual(['recurring']);
    }
    expect(leadsOf(row('Xây dựng kế hoạch và tổ chức thực hiện thanh tra theo kế hoạch'))).toEqual([as('Thanh tra tỉnh')]);
    expect(leadsOf(row('Kiểm tra, đối chiếu khối lượng khoáng sản kê khai'))).toEqual([as('Thuế tỉnh')]);
  });

  test('Phụ lục row 5: "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030" → 31/12/2029', () => {
    const t = row('Yêu cầu các đơn vị lắp đặt và vận hành hệ thống thông tin');
    expect(leadsOf(t)).toEqual([as('Sở Nông nghiệp và Môi trường')]);
    expect(when('Yêu cầu các đơn vị lắp đặt và vận hành hệ thống thông tin')).toEqual([['once', '2029-12-31', '2029-12-31']]);
  });

  test('Phụ lục row 6: leads "Sở Công Thương; Sở Xây dựng", "Thường xuyên" → no date', () => {
    const t = row('Thực hiện rà soát việc lập, thẩm định, phê duyệt thiết kế mỏ');
    expect(leadsOf(t)).toEqual([as('Sở Công Thương'), as('Sở Xây dựng')]);
    expect(t.deadlines.filter((d) => d.nominal !== null || d.kind === 'recurring')).toEqual([]);
  });

  test('Phụ lục row 11: Công an tỉnh, "Xong trong Quý II/2026" → 30/6/2026', () => {
    const t = row('Xử lý nghiêm và xử lý dứt điểm các hành vi khai thác khoáng sản bằng tàu cuốc');
    expect(leadsOf(t)).toEqual([as('Công an tỉnh')]);
    expect(when('Xử lý nghiêm và xử lý dứt điểm các hành vi khai thác khoáng sản bằng tàu cuốc')).toEqual([['once', '2026-06-30', '2026-06-30']]);
  });

  test('Phụ lục row 12: UBND các xã, phường lead, Sở Nông nghiệp và Môi trường coordinates, "Thường xuyên"', () => {
    const t = row('Tăng cường công tác quản lý, bảo vệ khoáng sản chưa khai thác; quản lý');
    expect(leadsOf(t)).toEqual([as('UBND các xã, phường')]);
    expect(coordinatorsOf(t)).toEqual(expect.arrayContaining([as('Sở Nông nghiệp và Môi trường')]));
    expect(t.deadlines.filter((d) => d.nominal !== null || d.kind === 'recurring')).toEqual([]);
  });

  test('IV.10 Công an tỉnh: "… bằng tàu cuốc trên sông, suối, hồ xong trong quý II năm 2026" → 30/6/2026', () => {
    const t = row('- Chủ động phối hợp chặt chẽ với các sở, ngành và chính quyền địa phương trong quản lý địa chất');
    expect(leadsOf(t)).toEqual([as('Công an tỉnh')]);
    expect(when('- Chủ động phối hợp chặt chẽ với các sở, ngành và chính quyền địa phương trong quản lý địa chất')).toEqual([['once', '2026-06-30', '2026-06-30']]);
  });

  test('IV.6 the bullets under "6. Sở Nội vụ" are Sở Nội vụ\'s', () => {
    expect(leadsOf(row('- Chủ trì thực hiện rà soát, phân loại đội ngũ cán bộ'))).toEqual([as('Sở Nội vụ')]);
  });

  test('V "định kỳ hàng năm (trước ngày 10/12)" is a yearly report, not a one-off deadline', () => {
    const t = row('- Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12)');
    expect(t.deadlines.map((d) => d.kind)).toContain('recurring');
    expect(t.deadlines.some((d) => d.kind === 'once')).toBe(false);
  });

  test('the one-off deadlines are those of the time column and Công an tỉnh\'s; citations and periods are none', () => {
    expect(onceNominals(spec)).toEqual(['2026-05-31', '2026-06-30', '2026-06-30', '2026-06-30', '2026-12-31', '2029-12-31']);
    expect(allPhrases(spec).filter((p) => /04\/01\/2026|18\/7\/2023|15\/12\/2023|2021 ?[-–] ?2030|2050/u.test(p))).toEqual([]);
  });

  test('no agency of Lào Cai takes a directory id', () => {
    expect(spec.tasks.flatMap((t) => t.assignees).filter((a) => a.agencyId !== null)).toEqual([]);
  });
});
