/**
 * Headers of real directives from other provinces (sources on each case) and drafts.
 */
import { readHeader } from '../../../directives/parsers/HeaderParser';
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
});
