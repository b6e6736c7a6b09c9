/** Recurring deadlines: examples read from the rules, then properties. */
import fc from 'fast-check';
import { createCalendar, type LegalCalendar, type Occurrence, type RecurrenceRule } from '../../calendar';
import { configuredCalendar, statutoryCalendar } from './fixtures';

const cal = configuredCalendar();
const take = (c: LegalCalendar, rule: RecurrenceRule, after: string, n: number): Occurrence[] => {
  const out: Occurrence[] = [];
  for (const o of c.occurrences(rule, after)) {
    out.push(o);
    if (out.length === n) break;
  }
  return out;
};

describe('examples', () => {
  it('yearly on 19/4 and 29/10 (seed 003, "trước ngày 20/4 và 30/10" read as the day before)', () => {
    expect(take(cal, { freq: 'yearly', dates: [{ month: 4, day: 19 }, { month: 10, day: 29 }] }, '2015-03-26', 4)).toEqual([
      { nominal: '2015-04-19', due: '2015-04-20' }, // Sunday → Monday
      { nominal: '2015-10-29', due: '2015-10-29' },
      { nominal: '2016-04-19', due: '2016-04-19' },
      { nominal: '2016-10-29', due: '2016-10-31' }, // Saturday → Monday
    ]);
  });
  it('monthly on day 31 is the last day of shorter months; starts on `after` itself', () => {
    expect(take(cal, { freq: 'monthly', day: 31 }, '2019-01-31', 3).map((o) => o.nominal)).toEqual(['2019-01-31', '2019-02-28', '2019-03-31']);
    // 31/03/2019 is a Sunday → Monday 01/04.
    expect(take(cal, { freq: 'monthly', day: 31 }, '2019-03-01', 1)[0]).toEqual({ nominal: '2019-03-31', due: '2019-04-01' });
  });
  it('quarterly on day 25 of the last month of each quarter', () => {
    expect(take(cal, { freq: 'quarterly', day: 25, monthOfQuarter: 3 }, '2018-01-10', 4).map((o) => o.nominal)).toEqual([
      '2018-03-25',
      '2018-06-25',
      '2018-09-25',
      '2018-12-25',
    ]);
  });
  it('weekly on Fridays skips nothing but moves Friday holidays', () => {
    // Friday 16/02/2018 (mùng 1 Tết) → Wednesday 21/02.
    expect(take(cal, { freq: 'weekly', weekday: 5 }, '2018-02-10', 2)).toEqual([
      { nominal: '2018-02-16', due: '2018-02-21' },
      { nominal: '2018-02-23', due: '2018-02-23' },
    ]);
  });
  it('"báo cáo định kỳ 6 tháng, một năm" takes the reporting calendar (default 20/6 and 20/12)', () => {
    expect(take(cal, { freq: 'reporting', periods: ['semiannual', 'annual'] }, '2018-01-09', 3)).toEqual([
      { nominal: '2018-06-20', due: '2018-06-20' },
      { nominal: '2018-12-20', due: '2018-12-20' },
      { nominal: '2019-06-20', due: '2019-06-20' },
    ]);
  });
  it('an organisation can override the reporting calendar', () => {
    const own = createCalendar(undefined, {
      reporting: { ...statutoryCalendar.reporting, id: 'rieng', semiannual: { dates: [{ month: 6, day: 15 }] }, annual: { dates: [{ month: 12, day: 15 }] } },
    });
    // 15/12/2018 is a Saturday → Monday 17/12.
    expect(take(own, { freq: 'reporting', periods: ['semiannual', 'annual'] }, '2018-07-01', 1)).toEqual([{ nominal: '2018-12-15', due: '2018-12-17' }]);
  });
  it('lunar yearly: mùng 10 tháng 3 (Giỗ Tổ) each year', () => {
    expect(take(cal, { freq: 'lunarYearly', lunarMonth: 3, lunarDay: 10 }, '2018-01-01', 3).map((o) => o.nominal)).toEqual([
      '2018-04-25',
      '2019-04-14',
      '2020-04-02',
    ]);
  });
  it('lunar yearly in the 12th lunar month falls in the next solar January/February', () => {
    // 23 tháng Chạp (ông Công ông Táo) of Đinh Dậu = 08/02/2018.
    expect(take(cal, { freq: 'lunarYearly', lunarMonth: 12, lunarDay: 23 }, '2018-01-01', 1)[0].nominal).toBe('2018-02-08');
  });
});

describe('properties', () => {
  it('nominal strictly increasing and >= after; due >= nominal, a working day, the first one on or after nominal', () => {
    fc.assert(
      fc.property(ruleArb, afterArb, fc.integer({ min: 0, max: 1 }), (rule, after, which) => {
        const c = which === 0 ? cal : statutoryCalendar;
        const occ = take(c, rule, after, 8);
        expect(occ.length).toBe(8);
        occ.forEach((o, i) => {
          expect(o.nominal >= after).toBe(true);
          if (i > 0) expect(o.nominal > occ[i - 1].nominal).toBe(true);
          expect(o.due >= o.nominal).toBe(true);
          expect(c.isWorkingDay(o.due)).toBe(true);
          if (o.due !== o.nominal) expect(c.workingDaysBetween(o.nominal, o.due)).toBe(1);
        });
      }),
      { numRuns: 150 },
    );
  });
});

const afterArb = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dayArb = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant('last' as const));
const ruleArb: fc.Arbitrary<RecurrenceRule> = fc.oneof(
  fc.record({ freq: fc.constant('yearly' as const), dates: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ freq: fc.constant('monthly' as const), day: dayArb }),
  fc.record({ freq: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
  fc.record({ freq: fc.constant('quarterly' as const), day: dayArb, monthOfQuarter: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ freq: fc.constant('reporting' as const), periods: fc.uniqueArray(fc.constantFrom('monthly' as const, 'quarterly' as const, 'semiannual' as const, 'annual' as const), { minLength: 1 }) }),
  fc.record({ freq: fc.constant('lunarYearly' as const), lunarMonth: fc.integer({ min: 1, max: 12 }), lunarDay: fc.integer({ min: 1, max: 30 }) }),
);
