/**
 * A compiled calendar (a table of days off built outside the workflow sandbox) answers exactly like the calendar
 * it was compiled from, inside its range (from the table) and outside it (lazily, from the rules).
 */
import fc from 'fast-check';
import {
  compileCalendar,
  createCalendar,
  createCalendarFromCompiled,
  type CompiledCalendar,
  type LegalCalendar,
  type RecurrenceRule,
} from '../../calendar';
import { calendarInput } from '../../config/calendar';
import { compactCalendarSetup, compileCalendarSetup } from '../../workflows/calendar-port';
import { policyArb } from './arbitraries';

const input = calendarInput();
const source = createCalendar(input.data, { reporting: input.reporting });

const compiledByRange = new Map<string, CompiledCalendar>();
function compiledFor(fromYear: number, toYear: number): CompiledCalendar {
  const key = `${fromYear}-${toYear}`;
  let c = compiledByRange.get(key);
  if (!c) {
    c = compileCalendar(source, `${fromYear}-01-01`, `${toYear}-12-31`);
    compiledByRange.set(key, c);
  }
  return c;
}
const rebuilt = (c: CompiledCalendar): LegalCalendar => createCalendarFromCompiled(c, { reporting: input.reporting, fallback: input.data });

// Ranges inside and around the configured years (2015–2027), so that many dates fall outside them.
const rangeArb = fc
  .record({ fromYear: fc.integer({ min: 2013, max: 2028 }), span: fc.integer({ min: 0, max: 3 }) })
  .map(({ fromYear, span }) => ({ fromYear, toYear: fromYear + span }));
const dateArb = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2033-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('compiled calendar', () => {
  it('answers isWorkingDay, dayOffReason, dueOf and addWorkingDays like its source, in and out of range', () => {
    fc.assert(
      fc.property(rangeArb, dateArb, fc.integer({ min: -40, max: 40 }), ({ fromYear, toYear }, d, n) => {
        const cal = rebuilt(compiledFor(fromYear, toYear));
        expect(cal.isWorkingDay(d)).toBe(source.isWorkingDay(d));
        expect(cal.dayOffReason(d)).toBe(source.dayOffReason(d));
        expect(cal.dueOf(d)).toBe(source.dueOf(d));
        expect(cal.addWorkingDays(d, n)).toBe(source.addWorkingDays(d, n));
        expect(cal.periodEnd(d, Math.abs(n) + 1, 'workingDay')).toEqual(source.periodEnd(d, Math.abs(n) + 1, 'workingDay'));
      }),
      { numRuns: 400 },
    );
  });

  it('plans the same reminders as its source', () => {
    fc.assert(
      fc.property(rangeArb, dateArb, fc.integer({ min: -30, max: 30 }), policyArb, ({ fromYear, toYear }, due, regOffset, policy) => {
        const cal = rebuilt(compiledFor(fromYear, toYear));
        const registeredAt = new Date(Date.parse(`${due}T01:00:00Z`) + regOffset * 86_400_000).toISOString();
        const plan = { due, policy, registeredAt, keyPrefix: 'p' };
        expect(cal.planReminders(plan)).toEqual(source.planReminders(plan));
      }),
      { numRuns: 200 },
    );
  });

  it('yields the same occurrences, lunar ones included', () => {
    const rules: RecurrenceRule[] = [
      { freq: 'monthly', day: 31 },
      { freq: 'quarterly', day: 15, monthOfQuarter: 3 },
      { freq: 'lunarYearly', lunarMonth: 1, lunarDay: 6 },
    ];
    const cal = rebuilt(compiledFor(2024, 2026));
    for (const rule of rules) {
      const take = (c: LegalCalendar) => {
        const out = [];
        for (const o of c.occurrences(rule, '2022-06-01')) {
          out.push(o);
          if (out.length >= 40) break;
        }
        return out;
      };
      expect(take(cal)).toEqual(take(source));
    }
  });

  it('answers days in range from the table alone: the fallback is built only on first out-of-range use', () => {
    const broken = { years: [{ year: 'not a year' }] } as never;
    const cal = createCalendarFromCompiled(compiledFor(2025, 2026), { reporting: input.reporting, fallback: broken });
    expect(cal.isWorkingDay('2026-02-17')).toBe(source.isWorkingDay('2026-02-17'));
    expect(cal.addWorkingDays('2025-01-02', 200)).toBe(source.addWorkingDays('2025-01-02', 200));
    expect(() => cal.isWorkingDay('2027-01-01')).toThrow(RangeError);
  });

  it('is compact and survives JSON', () => {
    const c = compiledFor(2024, 2030);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(c.daysOff.length + c.makeUpWorkingDays.length).toBeLessThan(7 * 40);
  });

  it("compileCalendarSetup answers every day like the old input (compactCalendarSetup) without a fallback's data", () => {
    const setup = compileCalendarSetup(input, 2024);
    expect(setup.data).toBeUndefined();
    const old = compactCalendarSetup(input, 2024);
    const oldCal = createCalendar(old.data, { reporting: input.reporting });
    const newCal = createCalendarFromCompiled(setup.compiled!, { reporting: setup.reporting });
    for (let t = Date.parse('2020-01-01T00:00:00Z'); t <= Date.parse('2033-12-31T00:00:00Z'); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      expect(newCal.dayOffReason(d)).toBe(oldCal.dayOffReason(d));
    }
  });
});
