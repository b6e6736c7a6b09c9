import { nominals } from '../helpers';

describe('WithinQuarterParser and HalfYearParser: the period\'s last day', () => {
  test.each([
    ['hoàn thành trong quý I/2018.', ['2018-03-31']],
    ['hoàn thành trong Quý III năm 2018.', ['2018-09-30']],
    ['hoàn thành hết quý 2/2018.', ['2018-06-30']],
    ['hoàn thành cuối quý IV.', ['2018-12-31']],
    // "trước quý III/2018": the end of the quarter before.
    ['đưa vào vận hành trước quý III/2018.', ['2018-06-30']],
    ['hoàn thành trong 6 tháng đầu năm 2018.', ['2018-06-30']],
    ['hoàn thành hết sáu tháng cuối năm 2018.', ['2018-12-31']],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });
});

describe('deadline labels of plans: "Thời gian hoàn thành: …", "Thời hạn: …"', () => {
  test.each([
    ['Thời gian hoàn thành: Quý II/2018.', ['2018-06-30']],
    ['Thời hạn hoàn thành: tháng 6/2018.', ['2018-06-30']],
    ['Thời gian hoàn thành: 30/6/2018.', ['2018-06-30']],
    ['Thời hạn hoàn thành: năm 2019.', ['2019-12-31']],
    ['Thời gian thực hiện: thường xuyên.', []],
  ])('%s', (sentence, expected) => {
    expect(nominals(sentence)).toEqual(expected);
  });
});
