/**
 * planReminders, case by case. Expected instants are worked out by hand from the default ladder
 * (−5, −2, 0, +1, +5 working days at 08:00 local = 01:00Z) and the days off of the cited notices.
 */
import type { EscalationPolicy } from '../../calendar';
import { configuredCalendar, defaultPolicy, statutoryCalendar } from './fixtures';

const cal = configuredCalendar();
const at = (plan: { at: string; stepId: string }[]) => plan.map((s) => `${s.stepId} ${s.at}`);

describe('a deadline inside Tết Mậu Tuất 2018', () => {
  // Deadline 16/02/2018 (mùng 1 Tết) is due Wednesday 21/02/2018; registered well before.
  const plan = cal.planReminders({ due: '2018-02-16', policy: defaultPolicy(), registeredAt: '2018-01-10T02:00:00Z', keyPrefix: 't1' });

  it('moves to 21/02 and walks working days around the break', () => {
    expect(at(plan)).toEqual([
      'truoc-5 2018-02-07T01:00:00.000Z', // 5 working days before 21/02: 13, 12, 9, 8, 7/02
      'truoc-2 2018-02-12T01:00:00.000Z', // 13/02, 12/02
      'den-han 2018-02-21T01:00:00.000Z',
      'qua-han-1 2018-02-22T01:00:00.000Z',
      'qua-han-5 2018-02-28T01:00:00.000Z', // 22, 23, 26, 27, 28/02
    ]);
  });
  it('plans nothing from 14 to 20/02/2018', () => {
    const inBreak = plan.filter((s) => s.at >= '2018-02-13T17:00:00Z' && s.at < '2018-02-20T17:00:00Z');
    expect(inBreak).toEqual([]);
  });
  it('keys are the prefix and the step id', () => {
    expect(plan.map((s) => s.key)).toEqual(['t1/truoc-5', 't1/truoc-2', 't1/den-han', 't1/qua-han-1', 't1/qua-han-5']);
  });
});

describe('registered late: past steps collapse into one late notice', () => {
  it('registered on the due day after 08:00: one notice next working day, then the rest', () => {
    // Due Monday 20/04/2015 (seed 003); registered Monday 20/04 at 10:00 local. −5 (13/04), −2 (16/04) and 0 (20/04
    // 08:00) are past → one late notice Tuesday 21/04 08:00 with their recipients (focal, head) and channels.
    const plan = cal.planReminders({ due: '2015-04-19', policy: defaultPolicy(), registeredAt: '2015-04-20T10:00:00+07:00', keyPrefix: 'k' });
    expect(plan.map((s) => [s.kind, s.stepId, s.at])).toEqual([
      ['late-notice', 'late-notice', '2015-04-21T01:00:00.000Z'],
      ['reminder', 'qua-han-1', '2015-04-21T01:00:00.000Z'],
      // +5 from 20/04/2015: 21, 22, 23, 24, and Saturday 25/04 — a make-up working day that year.
      ['reminder', 'qua-han-5', '2015-04-25T01:00:00.000Z'],
    ]);
    expect(plan[0]).toMatchObject({ offsetWorkingDays: 0, recipients: ['focal', 'head'], channels: ['email', 'zalo'], copyCoordinators: true, key: 'k/late-notice' });
  });
  it('registered before 08:00 on a working day: the notice goes out that morning', () => {
    const plan = cal.planReminders({ due: '2015-04-19', policy: defaultPolicy(), registeredAt: '2015-04-17T06:30:00+07:00', keyPrefix: 'k' });
    expect(plan[0]).toMatchObject({ kind: 'late-notice', at: '2015-04-17T01:00:00.000Z', offsetWorkingDays: -2 });
  });
  it('registered on a day off: the notice waits for the next working day', () => {
    // Registered Thursday 15/02/2018 (Tết) for a deadline of 09/02/2018 (Friday): everything up to +1 (12/02) is past,
    // +5 is 5 working days after 09/02: 12, 13, 21, 22, 23/02.
    const plan = cal.planReminders({ due: '2018-02-09', policy: defaultPolicy(), registeredAt: '2018-02-15T03:00:00Z', keyPrefix: 'k' });
    expect(plan.map((s) => [s.kind, s.at])).toEqual([
      ['late-notice', '2018-02-21T01:00:00.000Z'],
      ['reminder', '2018-02-23T01:00:00.000Z'],
    ]);
    expect(plan[0].recipients).toEqual(['focal', 'head', 'supervisor']);
  });
  it('registered a millisecond after 08:00: the notice waits for the next working day (found by fast-check)', () => {
    // Monday 20/04/2015 08:00:00.001 local: the 08:00 slot of that day is already past.
    const plan = cal.planReminders({ due: '2015-04-19', policy: defaultPolicy(), registeredAt: '2015-04-20T01:00:00.001Z', keyPrefix: 'k' });
    expect(plan[0]).toMatchObject({ kind: 'late-notice', at: '2015-04-21T01:00:00.000Z' });
  });
  it('a send exactly at registration is kept, not collapsed', () => {
    const plan = cal.planReminders({ due: '2018-03-15', policy: defaultPolicy(), registeredAt: '2018-03-15T01:00:00.000Z', keyPrefix: 'k' });
    expect(plan.map((s) => s.stepId)).toEqual(['late-notice', 'den-han', 'qua-han-1', 'qua-han-5']);
    expect(plan[0].at).toBe(plan[1].at);
  });
  it('all steps past: only the late notice', () => {
    const plan = cal.planReminders({ due: '2018-03-01', policy: defaultPolicy(), registeredAt: '2018-06-01T09:00:00+07:00', keyPrefix: 'k' });
    expect(plan).toHaveLength(1);
    // Friday 01/06/2018 09:00 is after 08:00 → Monday 04/06/2018 08:00.
    expect(plan[0]).toMatchObject({ kind: 'late-notice', at: '2018-06-04T01:00:00.000Z', offsetWorkingDays: 5, recipients: ['focal', 'head', 'supervisor', 'leader'] });
  });
});

describe('clock time and policy checks', () => {
  it('a deadline earlier than the sending time gets its due-day reminder the working day before', () => {
    // "trước 07:30 ngày 21/02/2018": the 08:00 reminder would come too late, so it goes out Tuesday 13/02.
    const plan = cal.planReminders({ due: '2018-02-21', time: '07:30', policy: defaultPolicy(), registeredAt: '2018-01-01T00:00:00Z', keyPrefix: 'k' });
    expect(plan.find((s) => s.stepId === 'den-han')?.at).toBe('2018-02-13T01:00:00.000Z');
  });
  const policy = (over: Partial<EscalationPolicy>): EscalationPolicy => ({ ...defaultPolicy(), ...over });
  it.each([
    [policy({ sendAt: '02:00' }), /sendAt "02:00" phải trong giờ hành chính/],
    [policy({ steps: [...defaultPolicy().steps, { ...defaultPolicy().steps[0] }] }), /steps\[5\]\.id "truoc-5" bị trùng/],
    [policy({ steps: [{ ...defaultPolicy().steps[0], id: 'late-notice' }] }), /dành riêng/],
  ])('rejects a bad policy (%#)', (p, message) => {
    expect(() => cal.planReminders({ due: '2018-03-01', policy: p, registeredAt: '2018-01-01T00:00:00Z', keyPrefix: 'k' })).toThrow(message);
  });
});

describe('re-planning after a holiday change', () => {
  it('keeps the keys, so only sends still ahead move', () => {
    // The statute alone leaves Monday 29/04/2024 a working day; Công văn 2450/VPCP-KGVX swapped it (làm bù 04/05).
    // A deadline on 29/04/2024 is then due Thursday 02/05 (30/4 and 1/5 are holidays). Same keys, different days.
    const before = statutoryCalendar.planReminders({ due: '2024-04-29', policy: defaultPolicy(), registeredAt: '2024-04-01T02:00:00Z', keyPrefix: 't' });
    const after = cal.planReminders({ due: '2024-04-29', policy: defaultPolicy(), registeredAt: '2024-04-01T02:00:00Z', keyPrefix: 't' });
    expect(after.map((s) => s.key)).toEqual(before.map((s) => s.key));
    expect(before.find((s) => s.stepId === 'den-han')?.at).toBe('2024-04-29T01:00:00.000Z');
    expect(after.find((s) => s.stepId === 'den-han')?.at).toBe('2024-05-02T01:00:00.000Z');
    // −5: before the change Monday 22/04 (26, 25, 24, 23, 22 — 18/04 Giỗ Tổ not reached); after it, from 02/05:
    // 26, 25, 24, 23, 22/04 as well (27–28/04 weekend, 29/04–01/05 off, Saturday 04/05 is after) — unchanged.
    expect(after.find((s) => s.stepId === 'truoc-5')?.at).toBe(before.find((s) => s.stepId === 'truoc-5')?.at);
  });
});
