import { deadlinesOf, nominals, readSentence } from '../helpers';

describe('NoLaterThanParser: "chậm nhất ngày D" is due D', () => {
  test.each([
    ['gửi báo cáo chậm nhất ngày 25/01/2018.', ['2018-01-25']],
    ['chậm nhất vào ngày 15/3/2018 phải hoàn thành.', ['2018-03-15']],
    ['thời hạn hoàn thành: ngày 28/02/2018.', ['2018-02-28']],
    ['chậm nhất trước ngày 20/01/2018.', ['2018-01-19']],
    ['muộn nhất ngày 12/02.', ['2018-02-12']],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });

  test('30/6/2018 is a Saturday: due Monday 02/7/2018', () => {
    const [d] = deadlinesOf('báo cáo chậm nhất là ngày 30 tháng 6 năm 2018.');
    expect([d.nominal, d.due]).toEqual(['2018-06-30', '2018-07-02']);
  });

  test('"hạn chót: ngày 31/3/2018" (a Saturday) is due 02/4/2018', () => {
    const [d] = deadlinesOf('Hạn chót: ngày 31/3/2018.');
    expect([d.nominal, d.due]).toEqual(['2018-03-31', '2018-04-02']);
  });

  test('clock time', () => {
    const [d] = deadlinesOf('chậm nhất 16 giờ 00 ngày 10/10/2018.');
    expect([d.nominal, d.time]).toEqual(['2018-10-10', '16:00']);
  });

  test('an impossible day gives no date and a warning naming it', () => {
    const spec = readSentence('gửi chậm nhất ngày 31/02/2018.');
    expect(spec.tasks[0].deadlines.map((d) => d.nominal)).toEqual([null]);
    expect(spec.warnings.map((w) => w.code)).toContain('impossible-date');
    expect(spec.warnings.find((w) => w.code === 'impossible-date')!.message).toContain('31/2/2018');
  });
});
