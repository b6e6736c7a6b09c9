import { deadlinesOf } from '../helpers';

describe('LunarDateParser: lunar days after a deadline word', () => {
  // Tết Mậu Tuất fell on 16/02/2018, so mùng 6 Tết was 21/02/2018; "trước" makes it the day before.
  test('"trước mùng 6 Tết Mậu Tuất" is 20/02/2018', () => {
    expect(deadlinesOf('hoàn thành trước mùng 6 Tết Mậu Tuất.').map((d) => d.nominal)).toEqual(['2018-02-20']);
  });

  // Rằm tháng Tám (Tết Trung thu) 2018 was 24/09/2018.
  test('"chậm nhất ngày 15/8 âm lịch" is 24/09/2018', () => {
    expect(deadlinesOf('trao quà chậm nhất ngày 15/8 âm lịch.').map((d) => d.nominal)).toEqual(['2018-09-24']);
  });

  test('a lunar day with no deadline word is a festival (Giỗ Tổ), not a deadline', () => {
    expect(deadlinesOf('tổ chức Giỗ Tổ Hùng Vương ngày 10/3 âm lịch.')).toEqual([]);
  });

  test('without a calendar the phrase is kept with no date', () => {
    const [d] = deadlinesOf('hoàn thành trước mùng 6 Tết.', '2018-01-09', { calendar: null });
    expect([d.kind, d.nominal]).toEqual(['once', null]);
  });
});

describe('"trước Tết Nguyên đán"', () => {
  // Tết Giáp Thìn was 10/02/2024: the last on-time day is its eve, 09/02/2024.
  test('"hoàn thành trước Tết Nguyên đán Giáp Thìn" is 09/02/2024', () => {
    expect(deadlinesOf('chi trả trợ cấp, hoàn thành trước Tết Nguyên đán Giáp Thìn.', '2024-01-05').map((d) => d.nominal)).toEqual(['2024-02-09']);
  });

  test('"trong dịp Tết Nguyên đán" names a holiday, not a deadline', () => {
    expect(deadlinesOf('bố trí lực lượng trực trong dịp Tết Nguyên đán Giáp Thìn.', '2024-01-05')).toEqual([]);
    expect(deadlinesOf('bảo đảm an toàn giao thông trong Tết Nguyên đán.', '2024-01-05')).toEqual([]);
  });
});
