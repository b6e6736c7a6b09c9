/** A task's search attributes are a function of its view: what supervisors' visibility queries filter on. */
import { SA_AGENCIES, SA_DIRECTIVE, SA_KIND, SA_NEXT_DUE, SA_OVERDUE, SA_STATUS, searchAttributesKey, taskSearchAttributes } from '../../workflows/search-attributes';
import type { TaskView } from '../../workflows/types';

function view(over: Partial<TaskView> = {}): TaskView {
  return {
    workflowId: 'directive/x/1/2018-01-09/t1/so-y-te',
    directiveId: 'directive/x/1/2018-01-09',
    taskId: 't1',
    ref: '2.1',
    text: 'Báo cáo',
    phrase: 'trước ngày 20/01/2018',
    agencyId: 'so-y-te',
    agencyName: 'Sở Y tế',
    coordinatorAgencyIds: ['so-tc'],
    status: 'pending',
    nextDue: '2018-01-19',
    overdue: false,
    occurrences: [],
    history: [],
    reminders: [],
    run: 1,
    ...over,
  };
}

const valueOf = (v: TaskView, key: { name: string }) => taskSearchAttributes(v).find((p) => p.key.name === key.name)?.value;

describe('taskSearchAttributes', () => {
  it('names the kind, the directive, the lead agency, the status and the overdue flag', () => {
    const v = view({ status: 'overdue', overdue: true });
    expect(taskSearchAttributes(v).map((p) => p.key.name)).toEqual([SA_KIND, SA_DIRECTIVE, SA_AGENCIES, SA_STATUS, SA_NEXT_DUE, SA_OVERDUE].map((k) => k.name));
    expect(valueOf(v, SA_KIND)).toBe('task');
    expect(valueOf(v, SA_DIRECTIVE)).toBe('directive/x/1/2018-01-09');
    expect(valueOf(v, SA_AGENCIES)).toEqual(['so-y-te']); // the lead only: coordinators get copies, not obligations
    expect(valueOf(v, SA_STATUS)).toBe('overdue');
    expect(valueOf(v, SA_OVERDUE)).toBe(true);
  });

  it('gives the next due day as 00:00 Vietnam time (UTC+7), or null when none is left', () => {
    expect(valueOf(view(), SA_NEXT_DUE)).toEqual(new Date('2018-01-18T17:00:00.000Z'));
    expect(valueOf(view({ nextDue: null, status: 'completed-on-time' }), SA_NEXT_DUE)).toBeNull();
  });

  it('follows a reassignment', () => {
    expect(valueOf(view({ agencyId: 'so-tc' }), SA_AGENCIES)).toEqual(['so-tc']);
  });
});

describe('searchAttributesKey', () => {
  const key = (v: TaskView) => searchAttributesKey(taskSearchAttributes(v));

  it('is the same when no attribute moved, whatever else did', () => {
    expect(key(view({ history: [{ at: '2018-01-10T01:00:00.000Z', type: 'progress', occurrence: 0, actor: null, summary: '50%' }], run: 2 }))).toBe(key(view()));
  });

  it('changes with the status, the next due day, the overdue flag and the agency', () => {
    const keys = [view(), view({ status: 'acknowledged' }), view({ nextDue: '2018-01-20' }), view({ nextDue: null }), view({ overdue: true }), view({ agencyId: 'so-tc' })].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
