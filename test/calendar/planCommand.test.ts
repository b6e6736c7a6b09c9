/**
 * `chidao plan` on seed 003's spec (test/calendar/fixtures/spec-003.json, written by hand from the seed):
 * the Vietnamese table (snapshot read by a person), --json, and --ics parsed back with ical.js.
 */
import path from 'node:path';
import ICAL from 'ical.js';
import { runPlan, PlanInputError } from '../../cli/commands/plan';

const SPEC = path.join(__dirname, 'fixtures', 'spec-003.json');
// Registered on Friday 17/04/2015 at 10:00: the −5 (13/04) and −2 (16/04) reminders of the 20/04 deadline are past.
const AS_OF = '2015-04-17T10:00:00+07:00';

describe('chidao plan', () => {
  it('prints the Vietnamese timeline', () => {
    expect(runPlan(SPEC, { asOf: AS_OF })).toMatchSnapshot();
  });

  it('--json gives the plan with every send', () => {
    const plan = JSON.parse(runPlan(SPEC, { asOf: AS_OF, json: true }));
    expect(plan.asOf).toBe('2015-04-17T03:00:00.000Z');
    expect(plan.occurrences.map((o: { nominal: string; due: string }) => [o.nominal, o.due])).toEqual([
      ['2015-04-19', '2015-04-20'],
      ['2015-10-29', '2015-10-29'],
    ]);
    expect(plan.occurrences[0].sends.map((s: { kind: string; at: string }) => [s.kind, s.at])).toEqual([
      ['late-notice', '2015-04-20T01:00:00.000Z'],
      ['reminder', '2015-04-20T01:00:00.000Z'],
      ['reminder', '2015-04-21T01:00:00.000Z'],
      ['reminder', '2015-04-25T01:00:00.000Z'],
    ]);
    expect(plan.unplanned).toEqual([{ taskId: 't6', taskRef: '6.', phrase: null, reason: 'nhiệm vụ không có thời hạn' }]);
  });

  it('--ics is RFC 5545 with a VTIMEZONE that ical.js reads back', () => {
    const text = runPlan(SPEC, { asOf: AS_OF, ics: true });
    const root = new ICAL.Component(ICAL.parse(text));
    const tz = root.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    expect(events[0].startDate.isDate).toBe(true);
    expect(events[0].startDate.toString()).toBe('2015-04-20');
    expect(events[1].startDate.toString()).toBe('2015-10-29');
    expect(events[0].summary).toMatch(/^Hạn: 7\. Thực hiện đầy đủ chế độ thông tin/);
    // One VALARM per send, at the send's absolute instant.
    const triggers = root
      .getAllSubcomponents('vevent')[1]
      .getAllSubcomponents('valarm')
      .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Time).toJSDate().toISOString());
    expect(triggers).toEqual([
      '2015-10-22T01:00:00.000Z',
      '2015-10-27T01:00:00.000Z',
      '2015-10-29T01:00:00.000Z',
      '2015-10-30T01:00:00.000Z',
      '2015-11-05T01:00:00.000Z',
    ]);
    // Same plan, same file (DTSTAMP is the as-of instant).
    expect(runPlan(SPEC, { asOf: AS_OF, ics: true })).toBe(text);
  });

  it('bad input is exit code 2 with a reason', () => {
    expect(() => runPlan(SPEC, { asOf: 'hôm qua' })).toThrow(PlanInputError);
    expect(() => runPlan(SPEC, { asOf: 'hôm qua' })).toThrow(/--as-of: cần thời điểm ISO 8601/);
    expect(() => runPlan(SPEC, { asOf: AS_OF, json: true, ics: true })).toThrow(/Chỉ chọn một/);
    expect(() => runPlan(path.join(__dirname, 'fixtures', 'missing.json'), {})).toThrow(/Không đọc được tệp/);
    expect(() => runPlan(SPEC, { asOf: AS_OF, policy: 'khong-co' })).toThrow(/không có chính sách "khong-co"/);
  });
});
