/**
 * `chidao plan` on seed 003's spec (test/calendar/fixtures/spec-003.json, written by hand from the seed):
 * the Vietnamese table (snapshot read by a person), --json, and --ics parsed back with ical.js.
 */
import path from 'node:path';
import ICAL from 'ical.js';
import { runPlan } from '../../cli/commands/plan';
import { CliError } from '../../cli/lib/exit';

const SPEC = path.join(__dirname, 'fixtures', 'spec-003.json');
// Registered on Friday 17/04/2015 at 10:00: the −5 (13/04) and −2 (16/04) reminders of the 20/04 deadline are past.
const AS_OF = '2015-04-17T10:00:00+07:00';

describe('chidao plan', () => {
  it('prints the Vietnamese timeline', async () => {
    expect(await runPlan(SPEC, { asOf: AS_OF })).toMatchSnapshot();
  });

  it('--json gives the plan with every send', async () => {
    const plan = JSON.parse(await runPlan(SPEC, { asOf: AS_OF, json: true }));
    expect(plan.asOf).toBe('2015-04-17T03:00:00.000Z');
    type Occ = { taskId: string; nominal: string; due: string; sends: { kind: string; at: string }[] };
    const t7: Occ[] = plan.occurrences.filter((o: Occ) => o.taskId === 't7');
    expect(t7.map((o) => [o.nominal, o.due])).toEqual([
      ['2015-04-19', '2015-04-20'],
      ['2015-10-29', '2015-10-29'],
    ]);
    // Task 6 has no deadline: followed through the 6-month and annual reports (20/06/2015 Saturday → 22/06,
    // 20/12/2015 Sunday → 21/12).
    expect(plan.occurrences.filter((o: Occ) => o.taskId === 't6').map((o: Occ) => o.due)).toEqual(['2015-06-22', '2015-12-21']);
    expect(t7[0].sends.map((s: { kind: string; at: string }) => [s.kind, s.at])).toEqual([
      ['late-notice', '2015-04-20T01:00:00.000Z'],
      ['reminder', '2015-04-20T01:00:00.000Z'],
      ['reminder', '2015-04-21T01:00:00.000Z'],
      ['reminder', '2015-04-25T01:00:00.000Z'],
    ]);
    expect(plan.unplanned).toEqual([]);
  });

  it('--ics is RFC 5545 with a VTIMEZONE that ical.js reads back', async () => {
    const text = await runPlan(SPEC, { asOf: AS_OF, ics: true });
    const root = new ICAL.Component(ICAL.parse(text));
    const tz = root.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const vevents = root.getAllSubcomponents('vevent');
    const events = vevents.map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(['2015-04-20', '2015-06-22', '2015-10-29', '2015-12-21']);
    const oct = events.findIndex((e) => e.startDate.toString() === '2015-10-29');
    expect(events[oct].startDate.isDate).toBe(true);
    expect(events[oct].summary).toMatch(/^Hạn: 7\. Thực hiện đầy đủ chế độ thông tin/);
    // One VALARM per send, at the send's absolute instant.
    const triggers = vevents[oct]
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
    expect(await runPlan(SPEC, { asOf: AS_OF, ics: true })).toBe(text);
  });

  it('bad input is exit code 2 with a reason', async () => {
    await expect(runPlan(SPEC, { asOf: 'hôm qua' })).rejects.toThrow(CliError);
    await expect(runPlan(SPEC, { asOf: 'hôm qua' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runPlan(SPEC, { asOf: 'hôm qua' })).rejects.toThrow(/--as-of: cần thời điểm ISO 8601/);
    await expect(runPlan(SPEC, { asOf: AS_OF, json: true, ics: true })).rejects.toThrow(/Chỉ chọn một/);
    await expect(runPlan(path.join(__dirname, 'fixtures', 'missing.json'), {})).rejects.toThrow(/Không đọc được tệp/);
    await expect(runPlan(SPEC, { asOf: AS_OF, issuedOn: '26/3/2015' })).rejects.toThrow(/--issued-on: ngày phải có dạng YYYY-MM-DD/);
    await expect(runPlan(SPEC, { asOf: AS_OF, policy: 'khong-co' })).rejects.toThrow(/không có chính sách "khong-co"/);
  });
});
