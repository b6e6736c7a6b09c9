/**
 * A document of another province keeps its agencies by name: the directory's "Sở Y tế" is Kon Tum's. Told by the
 * place it is dated from, the provinces it names, or — for a whole document (with a number or a date) — by naming
 * none of the directory's places.
 */
import { readDirective } from '../../directives';
import { provincesNamed } from '../../directives/provinces';
import { directory } from './helpers';

const leadIds = (text: string) => readDirective(text, { agencies: directory }).tasks.flatMap((t) => t.assignees.map((a) => a.agencyId));

describe('provincesNamed', () => {
  test.each([
    ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', ['lai chau']],
    ['Thực hiện chỉ đạo của UBND tỉnh Quảng Trị,', ['quang tri']],
    ['UBND thành phố Cần Thơ và tỉnh Bà Rịa - Vũng Tàu', ['can tho', 'ba ria vung tau']],
    ['THÔNG TIN Ý KIẾN\nQuảng Trị\n\nV/v Chuyển đổi mục đích sử dụng rừng', ['quang tri']],
  ])('%s', (text, expected) => {
    expect([...provincesNamed(text)].sort()).toEqual([...expected].sort());
  });

  test('a person or a commune of the same name is no province', () => {
    expect(provincesNamed('Đồng chí Nguyễn Văn Bình Định phát biểu tại xã Long An, huyện Long Thành.').size).toBe(0);
  });
});

describe('agencies of another province', () => {
  const body = '\n1. Giao Sở Y tế chủ trì, báo cáo UBND tỉnh trước ngày 20/01/2018.\n';

  test('a letter of UBND tỉnh Gia Lai: its Sở Y tế has no directory id', () => {
    expect(leadIds(`UBND TỈNH GIA LAI\nSố: 12/UBND-VX\nGia Lai, ngày 09 tháng 01 năm 2018${body}`)).toEqual([null]);
  });

  test('a numbered letter naming no place at all: not matched to the directory either', () => {
    expect(leadIds(`Số: 12/UBND-VX\nV/v báo cáo số liệu\n\nKính gửi: Sở Y tế.\n${body}`)).toEqual([null]);
  });

  test('a page naming another province on its own line, with no number: by name only', () => {
    expect(leadIds(`THÔNG TIN Ý KIẾN\nQuảng Trị\n${body}`)).toEqual([null]);
  });

  test('a letter of UBND tỉnh Kon Tum, which also names Gia Lai: the directory\'s Sở Y tế', () => {
    expect(leadIds(`UBND TỈNH KON TUM\nSố: 12/UBND-VX\nKon Tum, ngày 09 tháng 01 năm 2018\n1. Giao Sở Y tế chủ trì, phối hợp với tỉnh Gia Lai, báo cáo trước ngày 20/01/2018.\n`)).toEqual(['kt-syt']);
  });

  test('a passage with no place, no number and no date is read against the directory', () => {
    expect(leadIds(body)).toEqual(['kt-syt']);
  });
});
