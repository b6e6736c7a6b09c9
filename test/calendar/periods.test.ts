/**
 * Civil Code 2015 art. 147 (a period counted from an event starts the next day) and art. 148 (it ends at the end
 * of its last day; a last day off moves to the next working day; months end on the corresponding day or the
 * month's last day).
 */
import { configuredCalendar } from './fixtures';

const cal = configuredCalendar();

describe('periodEnd', () => {
  it.each([
    // "trong 15 ngày kể từ ngày 05/01/2018": days 06/01 … 20/01/2018 (Saturday) → Monday 22/01.
    ['2018-01-05', 15, 'day', '2018-01-20', '2018-01-22'],
    // "trong 10 ngày" from Monday 05/02/2018: ends Thursday 15/02 (Tết) → Wednesday 21/02.
    ['2018-02-05', 10, 'day', '2018-02-15', '2018-02-21'],
    // "trong 05 ngày làm việc" from Friday 09/02/2018: 12, 13, 21, 22, 23/02.
    ['2018-02-09', 5, 'workingDay', '2018-02-23', '2018-02-23'],
    // "trong 01 tháng" from 31/01/2019: 28/02/2019 (no 31/02) — Thursday.
    ['2019-01-31', 1, 'month', '2019-02-28', '2019-02-28'],
    // "trong 03 tháng" from 30/11/2019: 29/02/2020 (leap year, Saturday) → Monday 02/03.
    ['2019-11-30', 3, 'month', '2020-02-29', '2020-03-02'],
    // One month from 31/03/2015 is 30/04/2015 (holiday), then 1/5 holiday and the weekend → Monday 04/05.
    ['2015-03-31', 1, 'month', '2015-04-30', '2015-05-04'],
  ] as const)('from %s, %i %s → nominal %s, due %s', (event, count, unit, nominal, due) => {
    expect(cal.periodEnd(event, count, unit)).toEqual({ nominal, due });
  });
  it('rejects a non-positive length', () => {
    expect(() => cal.periodEnd('2018-01-05', 0, 'day')).toThrow(/số nguyên dương/);
  });
});
