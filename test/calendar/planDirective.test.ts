/** planDirective: what `chidao plan`, the API and the dashboard show, mirroring the task workflow's choices. */
import { PLAN_DEFAULTS, planDirective } from '../../calendar';
import type { Deadline, DirectiveSpec } from '../../directives/spec';
import { deadline as buildDeadline } from '../../directives/deadline-builder';
import { DEFAULT_TASK_OPTIONS } from '../../workflows/task-types';
import { configuredCalendar, defaultPolicy } from './fixtures';

const deadline = (over: Partial<Deadline>): Deadline => buildDeadline({ phrase: 'x', kind: 'once', ...over });
const task = (id: string, deadlines: ReturnType<typeof deadline>[], lead = 'Sở Y tế') => ({
  id,
  ref: id,
  text: `Nhiệm vụ ${id}`,
  span: { start: 0, end: 1, line: 1 },
  assignees: [{ name: lead, agencyId: null, role: 'lead' as const, group: false }],
  deadlines,
});
const spec = (tasks: ReturnType<typeof task>[]): DirectiveSpec => ({
  version: 1,
  document: { number: '46/TB-VP', code: 'TB-VP', type: 'Thông báo', issuer: null, place: null, issuedOn: '2018-01-09', subject: null, signer: null, addressees: [], distribution: [] },
  tasks,
  warnings: [],
});
const plan = (s: DirectiveSpec, asOf: string) => planDirective(s, { calendar: configuredCalendar(), policy: defaultPolicy(), asOf });

it('uses the task workflow defaults', () => {
  expect(PLAN_DEFAULTS.urgentWorkingDays).toBe(DEFAULT_TASK_OPTIONS.urgentWorkingDays);
  expect(PLAN_DEFAULTS.ongoingRule).toEqual(DEFAULT_TASK_OPTIONS.ongoingRule);
});

it('"khẩn trương" without a date is due 10 working days after registration', () => {
  // Registered Friday 09/02/2018: 12, 13/02, then Tết 14–20/02, then 21, 22, 23, 26, 27, 28/02, 01, 02/03 → 02/03.
  const p = plan(spec([task('t1', [deadline({ kind: 'none', phrase: 'Khẩn trương', urgent: true })])]), '2018-02-09T02:00:00Z');
  expect(p.occurrences.map((o) => [o.nominal, o.due])).toEqual([['2018-03-02', '2018-03-02']]);
});

it('a recurring report keeps the latest past occurrence (overdue) and the ones ahead', () => {
  // Issued 09/01/2018, planned as of 01/07/2018: 20/06/2018 is past (kept, late notice), then 20/12/2018, 20/06/2019.
  const p = plan(
    spec([task('t1', [deadline({ kind: 'recurring', phrase: 'định kỳ 6 tháng, một năm', recurrence: { freq: 'reporting', periods: ['semiannual', 'annual'] } })])]),
    '2018-07-01T02:00:00Z',
  );
  expect(p.occurrences.map((o) => o.due)).toEqual(['2018-06-20', '2018-12-20', '2019-06-20']);
  expect(p.occurrences[0].sends.map((s) => s.kind)).toEqual(['late-notice']);
  expect(p.occurrences[1].sends.every((s) => s.kind === 'reminder')).toBe(true);
});

it('an ongoing task is followed through the periodic reports; an event without a date is unplanned', () => {
  const p = plan(
    spec([
      task('t1', []),
      task('t2', [deadline({ kind: 'event', phrase: 'Sau khi Kế hoạch được ban hành', event: 'Kế hoạch được ban hành' })]),
    ]),
    '2018-01-09T02:00:00Z',
  );
  // Within the default horizon of 366 days after 09/01/2018.
  expect(p.occurrences.filter((o) => o.taskId === 't1').map((o) => o.due)).toEqual(['2018-06-20', '2018-12-20']);
  expect(p.unplanned).toEqual([
    { taskId: 't2', taskRef: 't2', taskText: 'Nhiệm vụ t2', phrase: 'Sau khi Kế hoạch được ban hành', reason: 'tính từ sự kiện chưa có ngày: "Kế hoạch được ban hành"' },
  ]);
  const none = plan(spec([task('t1', [])]), '2018-01-09T02:00:00Z');
  expect(planDirective(spec([task('t1', [])]), { calendar: configuredCalendar(), policy: defaultPolicy(), asOf: '2018-01-09T02:00:00Z', ongoingRule: null }).unplanned[0].reason).toBe(
    'nhiệm vụ không có thời hạn',
  );
  expect(none.unplanned).toEqual([]);
});

it('recomputes due with the calendar in use and lists one timeline row per deadline and send', () => {
  // The spec says due 2018-02-16 (a reader without the 2018 schedule); the configured calendar says 21/02.
  const p = plan(spec([task('t1', [deadline({ nominal: '2018-02-16', due: '2018-02-16' })], 'Sở Tài chính')]), '2018-01-09T02:00:00Z');
  expect(p.occurrences[0].due).toBe('2018-02-21');
  expect(p.timeline.map((r) => [r.date, r.type, r.step])).toEqual([
    ['2018-02-07', 'reminder', 'truoc-5'],
    ['2018-02-12', 'reminder', 'truoc-2'],
    ['2018-02-21', 'reminder', 'den-han'],
    ['2018-02-21', 'deadline', 'hạn'],
    ['2018-02-22', 'reminder', 'qua-han-1'],
    ['2018-02-28', 'reminder', 'qua-han-5'],
  ]);
  expect(p.timeline[3]).toMatchObject({ weekday: 'Thứ tư', agency: 'Sở Tài chính', time: null, key: null });
});
