/** The pure parts of the task workflow: deadline ends, one late notice per task, bounded hand-overs. */
import type { PlannedSend } from '../../calendar/types';
import { dueEndMs, keepOneLateNotice, localDate, newOccurrence, sendInstantMs } from '../../workflows/ladder';
import { handOver } from '../../workflows/task-state';
import type { TaskState } from '../../workflows/task-types';

const send = (key: string, kind: PlannedSend['kind']): PlannedSend => ({
  at: '2018-02-06T01:00:00.000Z',
  kind,
  stepId: kind === 'late-notice' ? 'late-notice' : key,
  offsetWorkingDays: 0,
  recipients: ['focal'],
  channels: ['email'],
  copyCoordinators: false,
  key,
});

describe('deadline end (Civil Code art. 148: 24:00 of the last day, UTC+7)', () => {
  it('is 17:00 UTC of the due day, or the stated clock time', () => {
    expect(new Date(dueEndMs('2018-01-19', null)).toISOString()).toBe('2018-01-19T17:00:00.000Z');
    expect(new Date(dueEndMs('2018-01-19', '14:00')).toISOString()).toBe('2018-01-19T07:00:00.000Z');
  });
  it('local day of an instant', () => {
    expect(localDate(Date.parse('2018-01-19T16:59:59Z'))).toBe('2018-01-19');
    expect(localDate(Date.parse('2018-01-19T17:00:00Z'))).toBe('2018-01-20');
  });
});

describe('late registration', () => {
  it('keeps one late notice for the task, the others dropped, reminders untouched', () => {
    const a = newOccurrence(0, { nominal: '2015-04-19', due: '2015-04-20', time: null, phrase: null, deadline: 0 }, '2015-11-10T02:00:00Z');
    const b = newOccurrence(1, { nominal: '2015-10-29', due: '2015-10-29', time: null, phrase: null, deadline: 0 }, '2015-11-10T02:00:00Z');
    a.plan = [send('o0r0/late-notice', 'late-notice')];
    b.plan = [send('o1r0/late-notice', 'late-notice'), send('o1r0/d+5', 'reminder')];
    expect(keepOneLateNotice([a, b])).toBe(1);
    expect([...a.plan, ...b.plan].map((s) => s.key)).toEqual(['o0r0/late-notice', 'o1r0/d+5']);
  });
});

describe('hand-over to the next run', () => {
  it('keeps open occurrences, 6 overdue, 3 closed, and the newest history', () => {
    const occurrences = Array.from({ length: 30 }, (_, i) => {
      const o = newOccurrence(i, { nominal: '2019-01-31', due: '2019-01-31', time: null, phrase: null, deadline: 0 }, '2019-01-02T02:00:00Z');
      if (i < 10) o.closed = 'completed-on-time';
      else if (i < 28) o.overdue = true;
      return o;
    });
    const state = {
      occurrences,
      archived: { closed: 0, missed: 0 },
      history: Array.from({ length: 500 }, (_, i) => ({ at: '', type: 'progress', occurrence: null, actor: null, summary: String(i) })),
      reminders: [],
      historyDropped: 0,
    } as unknown as TaskState;
    const next = handOver(state, 200);
    expect(next.occurrences.map((o) => o.index)).toEqual([7, 8, 9, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(next.archived).toEqual({ closed: 7, missed: 12 });
    expect(next.history).toHaveLength(200);
    expect(next.history[0].summary).toBe('300');
    expect(next.historyDropped).toBe(300);
  });
});

describe('sendInstantMs: a send keeps its planned minute, at a second of its own', () => {
  const onTheMinute = (key: string): PlannedSend => ({
    at: '2018-01-19T01:00:00.000Z',
    kind: 'reminder',
    stepId: 'd0',
    offsetWorkingDays: 0,
    recipients: ['focal'],
    channels: ['email'],
    copyCoordinators: false,
    key,
  });
  const at = Date.parse('2018-01-19T01:00:00.000Z');

  it('with no spread, goes out on the minute', () => {
    expect(sendInstantMs(onTheMinute('o0r0/d0'), 0, 'directive/x/t1/so-a')).toBe(at);
  });

  it('is the same for the same task and send, and stays inside the minute', () => {
    const a = sendInstantMs(onTheMinute('o0r0/d0'), 60, 'directive/x/t1/so-a');
    expect(sendInstantMs(onTheMinute('o0r0/d0'), 60, 'directive/x/t1/so-a')).toBe(a);
    expect(a).toBeGreaterThanOrEqual(at);
    expect(a).toBeLessThan(at + 60_000);
  });

  it('spreads 1,000 tasks due the same day over the whole minute, none of its seconds crowded', () => {
    const perSecond = new Array<number>(60).fill(0);
    for (let i = 0; i < 1000; i++) {
      const ms = sendInstantMs(onTheMinute('o0r0/d0'), 60, `directive/ubnd/${i}-tb/2018-01-09/t1/so-${i % 37}`);
      expect(ms - at).toBeGreaterThanOrEqual(0);
      expect(ms - at).toBeLessThan(60_000);
      perSecond[Math.floor((ms - at) / 1000)]++;
    }
    // 1,000 over 60 seconds is 16.7 a second on average; a fair spread leaves no second empty or three times full.
    expect(Math.min(...perSecond)).toBeGreaterThan(0);
    expect(Math.max(...perSecond)).toBeLessThan(50);
  });
});
