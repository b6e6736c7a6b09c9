import type { TaskSummary } from '../../client/types';
import { dueWithin, latestActions, onTimeByAgency, overdueRanking } from '../../api/dashboard/stats';
import { event, occurrence, taskView } from './fixtures';

const summary = (over: Partial<TaskSummary>): TaskSummary => ({
  workflowId: 'w',
  directiveId: 'd',
  agencyIds: ['a'],
  status: 'pending',
  nextDue: null,
  overdue: false,
  running: true,
  ...over,
});

describe('overview numbers', () => {
  it('ranks agencies by overdue count, leaving out those with none', () => {
    const ranked = overdueRanking([
      { agencyId: 'b', count: 1, workflowIds: ['x'] },
      { agencyId: 'z', count: 0, workflowIds: [] },
      { agencyId: 'a', count: 3, workflowIds: ['y', 'z', 'w'] },
      { agencyId: 'c', count: 1, workflowIds: ['v'] },
    ]);
    expect(ranked).toEqual([
      { agencyId: 'a', count: 3 },
      { agencyId: 'b', count: 1 },
      { agencyId: 'c', count: 1 },
    ]);
  });

  it('counts as due soon only open tasks due between today and the horizon, both included', () => {
    const tasks = [
      summary({ workflowId: 'today', nextDue: '2018-01-09' }),
      summary({ workflowId: 'edge', nextDue: '2018-01-23' }),
      summary({ workflowId: 'after', nextDue: '2018-01-24' }),
      summary({ workflowId: 'past', nextDue: '2018-01-08' }),
      summary({ workflowId: 'done', nextDue: '2018-01-10', status: 'completed-on-time' }),
      summary({ workflowId: 'none', nextDue: null }),
    ];
    expect(dueWithin(tasks, '2018-01-09', '2018-01-23').map((t) => t.workflowId)).toEqual(['today', 'edge']);
  });

  it('rates on-time completion over occurrences due in the period that are settled', () => {
    const views = [
      taskView({
        workflowId: 'w1',
        occurrences: [
          occurrence({ index: 0, due: '2018-01-19', status: 'completed-on-time' }),
          occurrence({ index: 1, due: '2018-02-19', status: 'completed-late' }),
          occurrence({ index: 2, due: '2018-03-19', status: 'pending' }), // past today, not done: late and open
          occurrence({ index: 3, due: '2018-06-19', status: 'pending' }), // not yet due: not counted
          occurrence({ index: 4, due: '2017-12-01', status: 'completed-on-time' }), // before the period
          occurrence({ index: 5, due: '2018-01-30', status: 'cancelled' }),
        ],
      }),
      taskView({ workflowId: 'w2', agencyId: 'so-tc', agencyName: 'Sở Tài chính', occurrences: [occurrence({ due: '2018-01-10', status: 'completed-on-time' })] }),
    ];
    const rows = onTimeByAgency(views, '2018-01-01', '2018-12-31', '2018-04-01');
    expect(rows).toEqual([
      { agencyId: 'so-y-te', agencyName: 'Sở Y tế', counted: 3, onTime: 1, late: 1, open: 1 },
      { agencyId: 'so-tc', agencyName: 'Sở Tài chính', counted: 1, onTime: 1, late: 0, open: 0 },
    ]);
  });

  it('lists people’s latest actions newest first, without reminders or registrations', () => {
    const views = [
      taskView({ workflowId: 'a', history: [event('2018-01-10T01:00:00.000Z', 'acknowledged'), event('2018-01-11T01:00:00.000Z', 'reminder-sent')] }),
      taskView({ workflowId: 'b', history: [event('2018-01-12T01:00:00.000Z', 'completed'), event('2018-01-09T01:00:00.000Z', 'registered')] }),
    ];
    const rows = latestActions(views, 2);
    expect(rows.map((r) => [r.workflowId, r.event.type])).toEqual([
      ['b', 'completed'],
      ['a', 'acknowledged'],
    ]);
  });
});
