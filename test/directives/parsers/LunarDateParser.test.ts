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
