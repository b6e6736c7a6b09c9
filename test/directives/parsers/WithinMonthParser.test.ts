import { deadlinesOf, nominals } from '../helpers';

describe('WithinMonthParser: "trong tháng M/Y" is due the month\'s last day', () => {
  test.each([
    ['Hoàn thành trong tháng 01/2018.', '2018-01-09', ['2018-01-31']],
    ['triển khai trong tháng 3 năm 2018.', '2018-01-09', ['2018-03-31']],
    ['hoàn thành hết tháng 6/2018.', '2018-01-09', ['2018-06-30']],
    ['hoàn thành trong tháng 02/2020.', '2020-01-05', ['2020-02-29']],
    ['chậm nhất trong tháng 5.', '2018-01-09', ['2018-05-31']],
    // The month's end is still ahead of a document dated 20/12: same year.
    ['hoàn thành trong tháng 12.', '2018-12-20', ['2018-12-31']],
    // "trước tháng 9.2020": the last day of August.
    ['hoàn thành trước tháng 9.2020.', '2020-03-01', ['2020-08-31']],
  ])('%s (document of %s)', (sentence, issuedOn, expected) => {
    expect(nominals(sentence, issuedOn)).toEqual(expected);
  });

  test('"trước tháng M" may be read as the end of M when configured', () => {
    expect(nominals('hoàn thành trước tháng 9/2020.', '2020-03-01', { rules: { beforePeriodMeansPreviousEnd: false } })).toEqual(['2020-09-30']);
  });

  test('a month without a year is inferred', () => {
    expect(deadlinesOf('chậm nhất trong tháng 5.').map((d) => d.yearInferred)).toEqual([true]);
  });
});
