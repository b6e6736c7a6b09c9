import { deadlinesOf, nominals } from '../helpers';

describe('BeforeDateParser: "trước ngày D" is due D − 1', () => {
  test.each([
    ['gửi báo cáo về Sở Nội vụ trước ngày 20/01/2018.', ['2018-01-19']],
    ['gửi trước ngày 20-01-2018.', ['2018-01-19']],
    ['gửi trước ngày 20.01.2018.', ['2018-01-19']],
    ['hoàn thành trước ngày 15 tháng 3 năm 2018.', ['2018-03-14']],
    // Written without a year: the first such day on or after the document date (09/01/2018).
    ['gửi trước ngày 20/ 01.', ['2018-01-19']],
    ['gửi trước ngày 05/01.', ['2019-01-04']],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });

  test('two days in one phrase share the year written after the second (seed 003)', () => {
    expect(nominals('báo cáo về UBND huyện trước ngày 20/4 và 30/10 năm 2015 theo hướng dẫn.', '2015-03-26')).toEqual(['2015-04-19', '2015-10-29']);
  });

  test('a missing year is marked as inferred', () => {
    expect(deadlinesOf('gửi trước ngày 20/01.').map((d) => d.yearInferred)).toEqual([true]);
    expect(deadlinesOf('gửi trước ngày 20/01/2018.').map((d) => d.yearInferred)).toEqual([false]);
  });

  test('a clock time keeps the day itself and records the time', () => {
    const [d] = deadlinesOf('nộp hồ sơ trước 14 giờ, ngày 20/01/2018.');
    expect([d.nominal, d.time]).toEqual(['2018-01-20', '14:00']);
    const [e] = deadlinesOf('gửi về Văn phòng trước 16h00 ngày 25/01/2018.');
    expect([e.nominal, e.time]).toEqual(['2018-01-25', '16:00']);
  });

  test('a last day on a Sunday is due the next working day (21/01/2018 is a Sunday)', () => {
    const [d] = deadlinesOf('gửi trước ngày 22/01/2018.');
    expect([d.nominal, d.due]).toEqual(['2018-01-21', '2018-01-22']);
  });

  test('"hằng năm" after the days makes a yearly recurrence of the days before them', () => {
    const [d] = deadlinesOf('báo cáo trước ngày 20/4 và 30/10 hằng năm.');
    expect(d.kind).toBe('recurring');
    expect(d.recurrence).toEqual({ freq: 'yearly', dates: [{ month: 4, day: 19 }, { month: 10, day: 29 }] });
  });

  test('the reading rule is configurable: "trước ngày D" may mean D', () => {
    expect(nominals('gửi trước ngày 20/01/2018.', '2018-01-09', { rules: { beforeOffsetDays: 0 } })).toEqual(['2018-01-20']);
  });

  // moitruong.net.vn/sap-nhap-cap-tinh-ptag.html (news on the 2025 merger of provinces).
  test('real: "hoàn thành sáp nhập cấp tỉnh trước ngày 30/8 để vận hành từ ngày 1/9"', () => {
    expect(nominals('Tập trung hoàn thành sáp nhập cấp tỉnh trước ngày 30/8 để vận hành từ ngày 1/9.', '2025-06-12')).toEqual(['2025-08-29']);
  });

  test('a citation before the phrase does not hide a deadline with its own verb', () => {
    expect(nominals('Thực hiện Công văn số 12/UBND-KGVX ngày 05/01/2018, gửi báo cáo trước ngày 20/01/2018.')).toEqual(['2018-01-19']);
  });
});
