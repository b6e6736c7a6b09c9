import { nominals } from '../helpers';

describe('WithinYearParser: a year is a deadline only after a verb of completion', () => {
  test.each([
    ['Hoàn thành trong năm 2018.', ['2018-12-31']],
    ['phấn đấu hoàn thành việc cấp giấy chứng nhận trong năm 2019.', ['2019-12-31']],
    ['đưa vào sử dụng trước năm 2021.', ['2020-12-31']],
    // Topics, not deadlines.
    ['xây dựng kế hoạch năm 2018 của ngành.', []],
    ['trong năm 2018, toàn ngành đã tổ chức 12 lớp tập huấn.', []],
    // Only a table's time cell reads "Trong năm 2026" alone as a deadline (TableCellParser); in a sentence it is a topic.
    ['Trong năm 2026 tổ chức tập huấn cho cán bộ làm công tác khoáng sản.', []],
    ['Xong trong năm 2026.', ['2026-12-31']],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });
});
