import { deadlinesOf } from '../helpers';

describe('WindowParser: "từ ngày A đến ngày B"', () => {
  test('B is the deadline and A opens the window', () => {
    const [d] = deadlinesOf('tổ chức kiểm tra từ ngày 01/3/2018 đến ngày 31/3/2018.');
    expect([d.nominal, d.window]).toEqual(['2018-03-31', { start: '2018-03-01' }]);
  });

  test('A takes the month and year of B', () => {
    const [d] = deadlinesOf('tiếp nhận hồ sơ từ ngày 15 đến hết ngày 20/6/2018.');
    expect([d.nominal, d.window]).toEqual(['2018-06-20', { start: '2018-06-15' }]);
  });

  test('"từ ngày 1 đến ngày 5 hằng tháng" is a monthly window', () => {
    const [d] = deadlinesOf('gửi báo cáo từ ngày 1 đến ngày 5 hằng tháng.');
    expect(d.kind).toBe('recurring');
    expect(d.recurrence).toEqual({ freq: 'monthly', day: 5, windowStart: 1 });
  });

  test('a week named in a news headline is a period, not a window', () => {
    expect(deadlinesOf('Chỉ đạo nổi bật của UBND tỉnh tuần từ ngày 07 -11/12/2020')).toEqual([]);
  });
});
