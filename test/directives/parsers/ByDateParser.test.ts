import { deadlinesOf, nominals } from '../helpers';

describe('ByDateParser: "trong ngày D", "đến (hết) ngày D", "hoàn thành ngày D" are due D', () => {
  test.each([
    ['nộp hồ sơ trong ngày 20/01/2018.', ['2018-01-20']],
    ['thực hiện đến hết ngày 31/12/2018.', ['2018-12-31']],
    ['hoàn thành ngày 15/5/2018.', ['2018-05-15']],
    ['rà soát, cập nhật đến ngày 31/3/2018.', ['2018-03-31']],
    ['hoàn thành trong ngày 10/6.', ['2018-06-10']],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });

  test('30/9/2018 is a Sunday: due 01/10/2018', () => {
    const [d] = deadlinesOf('hoàn tất vào ngày 30/9/2018.');
    expect([d.nominal, d.due]).toEqual(['2018-09-30', '2018-10-01']);
  });
});
