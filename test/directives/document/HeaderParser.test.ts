/**
 * Headers of real directives from other provinces (sources on each case) and drafts.
 */
import { readHeader } from '../../../directives/document/HeaderParser';
import { prepareText } from '../../../directives/text';

const header = (text: string, fallback: string | null = null) => readHeader(prepareText(text).text, fallback);

describe('HeaderParser', () => {
  // hethongphapluat.vn: Kế hoạch 130/KH-UBND (2022) of Ninh Bình, header as a table row.
  test('a table-row header: number, place and date on one line', () => {
    const h = header('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |\nThực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 …');
    expect(h.info).toMatchObject({ number: '130/KH-UBND', code: 'KH-UBND', type: 'Kế hoạch', place: 'Ninh Bình', issuedOn: '2022-07-13' });
  });

  // thuvienphapluat.vn: Quyết định 06/2024/QĐ-UBND of Kon Tum, a number with its year, lines broken inside the date.
  test('"Số:" and the number on separate lines, a year in the number, the date broken over two lines', () => {
    const h = header('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố:\n06/2024/QĐ-UBND\n|\nKon Tum, ngày 25\ntháng 01 năm 2024\n|\nQUYẾT ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ\nTRÊN ĐỊA BÀN TỈNH KON TUM\n\nCăn cứ …');
    expect(h.info).toMatchObject({ number: '06/2024/QĐ-UBND', code: 'QĐ-UBND', type: 'Quyết định', place: 'Kon Tum', issuedOn: '2024-01-25' });
    expect(h.info.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH KON TUM');
    expect(h.info.subject).toBe('QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM');
  });

  // thuvienphapluat.vn: Chỉ thị 08/CT-UBND (2015) of Quảng Bình.
  test('a Chỉ thị with the place and the date on two lines', () => {
    const h = header('UỶ BAN NHÂN\nDÂN\nTỈNH QUẢNG BÌNH\n--------\n|\nSố: 08/CT-UBND\n|\nQuảng Bình,\nngày 25 tháng 5 năm 2015\n|\nCHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG, CHỈ ĐẠO ĐIỀU HÀNH\n\nThực hiện …');
    expect(h.info).toMatchObject({ number: '08/CT-UBND', type: 'Chỉ thị', place: 'Quảng Bình', issuedOn: '2015-05-25' });
  });

  // The genre's two-line header of a body under a committee (e.g. Sở Y tế tỉnh Quảng Trị, Văn phòng UBND tỉnh).
  test('a department under its province: the department issues, placed by the province', () => {
    const h = header('UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nSố: 1234/KH-SYT\n\nQuảng Trị, ngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\nTriển khai Tháng hành động\n');
    expect(h.info).toMatchObject({ issuer: 'SỞ Y TẾ TỈNH QUẢNG TRỊ', number: '1234/KH-SYT', issuedOn: '2023-03-15' });
  });

  test("the committee's own office, and a district office", () => {
    expect(header('UBND TỈNH KON TUM\nVĂN PHÒNG\nSố: 46/TB-VP\n').info.issuer).toBe('VĂN PHÒNG UBND TỈNH KON TUM');
    expect(header('ỦY BAN NHÂN DÂN HUYỆN KON RẪY\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/PGDĐT\n').info.issuer).toBe(
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KON RẪY',
    );
  });

  test('a draft: no number, no day; the fallback date is used', () => {
    const h = header('Số:      /UBND-VX\n\nHà Tĩnh, ngày    tháng    năm 2020\n\nV/v triển khai\n\nKính gửi: Các sở, ngành.\n\nNội dung.', '2020-05-04');
    expect(h.info).toMatchObject({ number: null, code: 'UBND-VX', type: 'Công văn', place: 'Hà Tĩnh', issuedOn: '2020-05-04', subject: 'V/v triển khai' });
    expect(h.info.addressees).toEqual(['Các sở, ngành']);
  });

  test('an impossible date in the header is no date', () => {
    expect(header('Số: 1/UBND\nHà Nội, ngày 31 tháng 02 năm 2020\n').info.issuedOn).toBeNull();
  });

  test('signer with TM. and KT.: the innermost capacity, the rank under it, the name', () => {
    const h = header('Số: 5/UBND-VX\nHuế, ngày 01 tháng 02 năm 2021\nV/v a\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An');
    expect(h.info.signer).toEqual({ name: 'Nguyễn Văn An', title: 'PHÓ CHỦ TỊCH', capacity: 'KT.' });
    expect(h.info.distribution).toEqual(['Như trên', 'Lưu: VT']);
  });

  // dnls.langson.gov.vn: 3585/VP-KTN of Văn phòng UBND tỉnh Lạng Sơn (2017), a page with no header block.
  test('a headline "Về việc … (3585/VP-KTN, ngày 23/10/2017)": subject, number, code, date; a letter by its code', () => {
    const text = 'Skip to main content\n\nVề việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn (3585/VP-KTN, ngày 23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ …, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài nguyên và Môi trường chủ trì …';
    const h = header(text);
    expect(h.info).toMatchObject({ number: '3585/VP-KTN', code: 'VP-KTN', type: 'Công văn', issuedOn: '2017-10-23' });
    expect(h.info.subject).toBe('Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn');
    expect(h.body.start).toBeGreaterThan(text.indexOf('(3585/VP-KTN'));
    expect(h.body.start).toBeLessThan(text.indexOf('Thực hiện'));
  });

  test('"Về việc …" that opens a sentence of the body is no subject; a reference after the first sentence is none', () => {
    expect(header('Tin tức\nVề việc sửa chữa cầu Đăk Bla, giao Sở Xây dựng kiểm tra.\n').info.subject).toBeNull();
    expect(header('UBND tỉnh có ý kiến như sau:\nGiao Sở Y tế báo cáo (3145/BKHĐT-KTĐPLT, ngày 15/5/2019).\n').info.number).toBeNull();
  });

  // quangtri.gov.vn, "Đối thoại doanh nghiệp": Công văn 6202/UBND-KT (2023), named only on its last line.
  test('a closing source line "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)": number, code, type, date; the body ends above it', () => {
    const text = 'UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.\n(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)';
    const h = header(text);
    expect(h.info).toMatchObject({ number: '6202/UBND-KT', code: 'UBND-KT', type: 'Công văn', issuedOn: '2023-11-23' });
    expect(h.body.end).toBe(text.indexOf('(Theo'));
  });

  test('a "(Theo Công văn số …)" line followed by more sentences is a citation, not the source', () => {
    const h = header('Giao Sở Y tế thực hiện.\n(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)\nSở Y tế báo cáo kết quả.\n');
    expect(h.info).toMatchObject({ number: null, issuedOn: null });
  });

  // Nghị định 30/2020/NĐ-CP, Phụ lục III: a công văn's code has no type abbreviation.
  test('type from the code: none of the type abbreviations is a letter; another type, or a year in the number, is not', () => {
    expect(header('Số: 846/UBND-TH\nNội dung.').info.type).toBe('Công văn');
    expect(header('Số: 12/CV-UBND\nNội dung.').info.type).toBe('Công văn');
    expect(header('Số: 15/CĐ-UBND\nNội dung.').info.type).toBe('Công điện');
    expect(header('Số: 15/PA-UBND\nNội dung.').info.type).toBe('Khác');
    expect(header('Số: 01/2020/NĐ-CP\nNội dung.').info.type).toBe('Khác');
  });

  // Lai Châu portal: Công văn 846/UBND-TH (2019), a lead with a slip in its verb and the year only in the body.
  test('a news lead "Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH …": spaces dropped, the year from the cited letter', () => {
    const h = header('Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH về việc báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019.\nCông văn nêu rõ: UBND tỉnh nhận được Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 của Bộ Kế hoạch và Đầu tư …\nGiao Sở Kế hoạch và Đầu tư chủ trì … trước ngày 24/5/2019.');
    expect(h.info).toMatchObject({ number: '846/UBND-TH', code: 'UBND-TH', type: 'Công văn', issuedOn: '2019-05-21', issuer: 'UBND tỉnh' });
  });

  // Lai Châu portal: Công văn 23/UBND-TN (2016); "Thứ hai 24/1/2022" is the day the page was viewed.
  test('a lead "Ngày 08/01, …" under a viewing date: the year from the cited letter written in words, not the view', () => {
    const h = header('Ủy ban nhân dân tỉnh\nThứ hai 24/1/2022\nXây dựng báo cáo định kỳ công tác bảo vệ môi trường khu kinh tế, khu công nghiệp năm 2015\n \n Ngày 08/01, UBND tỉnh ban hành Công văn số 23/UBND-TN, xây dựng báo cáo định kỳ ….\n \nTheo đó, giao Sở Tài nguyên và Môi trường chủ trì … theo nội dung Công văn số 07/BTNMT-TCMT ngày 04 tháng 01 năm 2016 (sao gửi kèm theo); hoàn thiện báo cáo … trước ngày 31/01/2016.');
    expect(h.info).toMatchObject({ number: '23/UBND-TN', issuedOn: '2016-01-08' });
  });

  test('a lead before the day of the latest cited letter is of the next year', () => {
    const h = header('Ngày 05/01, UBND tỉnh ban hành Công văn số 12/UBND-KT.\nThực hiện Quyết định số 1234/QĐ-UBND ngày 10/3/2015 và Công văn số 99/SXD-QLXD ngày 28/12/2019 …');
    expect(h.info.issuedOn).toBe('2020-01-05');
  });

  test('a lead with no verb only after the committee itself: "nhận được Văn bản …" is a receipt, not the letter', () => {
    expect(header('Ngày 21/5/2019, UBND tỉnh Công văn số 846/UBND-TH về việc báo cáo.').info.number).toBe('846/UBND-TH');
    // Lai Châu portal (2018): the day the province received the Bộ's letter.
    const h = header('Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương về việc đánh giá kết quả 1 năm ….');
    expect(h.info).toMatchObject({ number: null, issuedOn: null });
  });

  // Kế hoạch 134/KH-UBND of Lào Cai (2026), text from its PDF: the issuer and the national motto side by side.
  test('a two-column header: the issuer from the left column, number and place-date on one line split by spaces', () => {
    const h = header([
      '     ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '       TỈNH LÀO CAI                       Độc lập - Tự do - Hạnh phúc',
      '',
      '      Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026',
      '',
      '                                KẾ HOẠCH',
    ].join('\n'));
    expect(h.info).toMatchObject({ number: '134/KH-UBND', code: 'KH-UBND', type: 'Kế hoạch', place: 'Lào Cai', issuedOn: '2026-03-26' });
    expect(h.info.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
  });

  // prepareText reads a tab as one space, so only a run of tabs (Word's alignment) still parts two columns.
  test('columns split by tabs; a single space stays inside a column', () => {
    const h = header('ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI\t\tĐộc lập - Tự do - Hạnh phúc\nSố: 134 /KH-UBND\t\tLào Cai, ngày 26 tháng 3 năm 2026\n');
    expect(h.info).toMatchObject({ number: '134/KH-UBND', place: 'Lào Cai', issuedOn: '2026-03-26', issuer: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI' });
    expect(header('Số: 46 /TB - VP   Kon Tum, ngày 09 tháng 01 năm 2018\n').info).toMatchObject({ number: '46/TB-VP', place: 'Kon Tum' });
  });

  // The draft Kế hoạch on Chỉ thị 11-CT/TU of Lào Cai (2026), text from its .docx: the issuer's two lines run together.
  test('a Word header: the issuer split by a run of spaces in its cell, no number, no day', () => {
    const h = header(
      'ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố:           /KH-UBND |  | Lào Cai, ngày       tháng      năm 2026\n\nKẾ HOẠCH\n',
    );
    expect(h.info).toMatchObject({ number: null, code: 'KH-UBND', type: 'Kế hoạch', place: 'Lào Cai', issuedOn: null, issuer: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI' });
  });

  // Quyết định 254/QĐ-UBND of Sơn La (2023): the header as a table, the issuer on one line over its rule.
  test('an issuer on one line of a table cell, without the rule printed under it', () => {
    const h = header('|\n| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n\nQUYẾT ĐỊNH\n');
    expect(h.info).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA', number: '254/QĐ-UBND', place: 'Sơn La', issuedOn: '2023-02-17' });
  });

  test('a department under its province, each line with its right column', () => {
    const h = header('UBND TỈNH QUẢNG TRỊ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ                    Độc lập - Tự do - Hạnh phúc\nSố: 1234/KH-SYT            Quảng Trị, ngày 15 tháng 3 năm 2023\n');
    expect(h.info).toMatchObject({ issuer: 'SỞ Y TẾ TỈNH QUẢNG TRỊ', number: '1234/KH-SYT', issuedOn: '2023-03-15' });
  });

  // Kế hoạch 134/KH-UBND of Lào Cai: the signature block beside the distribution list.
  test('a signature beside the distribution list: capacity, rank and name from the right column; entries from the left', () => {
    const h = header([
      'Số: 134 /KH-UBND',
      'Nội dung./.',
      '',
      ' Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN',
      '- Như Điều 3;                                         KT. CHỦ TỊCH',
      '- TT. Tỉnh uỷ, HĐND tỉnh;                             PHÓ CHỦ TỊCH',
      '- Chủ tịch và các PCT UBND tỉnh;',
      '- Lãnh đạo VPUBND tỉnh;                               Nguyễn Thế Phước',
      '- Lưu: VT, TH (Thắng), KT (Long).',
    ].join('\n'));
    expect(h.info.signer).toEqual({ name: 'Nguyễn Thế Phước', title: 'PHÓ CHỦ TỊCH', capacity: 'KT.' });
    expect(h.info.distribution).toEqual(['Như Điều 3', 'TT. Tỉnh uỷ, HĐND tỉnh', 'Chủ tịch và các PCT UBND tỉnh', 'Lãnh đạo VPUBND tỉnh', 'Lưu: VT, TH (Thắng), KT (Long)']);
  });

  // The draft Kế hoạch of Lào Cai (.docx): the signature table's cell runs its capacities together.
  test('capacities run together in a table cell, the rank and the name in the next line', () => {
    const h = header(
      'Số:           /KH-UBND\nNội dung./.\n\nNơi nhận: - Bộ Nông nghiệp và Môi trường (để báo cáo); - Thường trực Tỉnh ủy (để báo cáo); - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Nguyễn Thành Sinh\n',
    );
    expect(h.info.signer).toEqual({ name: 'Nguyễn Thành Sinh', title: 'PHÓ CHỦ TỊCH', capacity: 'KT.' });
    expect(h.info.distribution).toEqual(['Bộ Nông nghiệp và Môi trường (để báo cáo)', 'Thường trực Tỉnh ủy (để báo cáo)', 'Lưu: VT, KT']);
  });

  // Quyết định 254/QĐ-UBND of Sơn La: the Chủ tịch signs in his own right, in a table row; the plan follows.
  test('a signature row "| Nơi nhận: … | CHỦ TỊCH Hoàng Quốc Khánh |": no capacity; the plan after it stays body', () => {
    const text = 'Số: 254/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 3. Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.\n\n|\n| Nơi nhận: - Bộ Công an (Cục A03 - để b/c); - Như Điều 3; - Lưu: VT, NC, ĐH30b. | CHỦ TỊCH Hoàng Quốc Khánh |\n|---|---|\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n';
    const h = header(text);
    expect(h.info.signer).toEqual({ name: 'Hoàng Quốc Khánh', title: 'CHỦ TỊCH', capacity: null });
    expect(h.info.distribution).toEqual(['Bộ Công an (Cục A03 - để b/c)', 'Như Điều 3', 'Lưu: VT, NC, ĐH30b']);
    expect(h.body.end).toBe(text.length);
  });
});
