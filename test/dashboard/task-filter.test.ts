import { matches, type TaskQuery } from '../../api/dashboard/pages/tasks';
import { occurrence, taskView } from './fixtures';

const query = (over: Partial<TaskQuery>): TaskQuery => ({
  agency: '',
  directive: '',
  status: [],
  overdue: false,
  open: false,
  dueFrom: '',
  dueTo: '',
  periodFrom: '',
  periodTo: '',
  settled: false,
  text: '',
  ...over,
});

const TODAY = '2018-04-01';
const view = taskView({
  text: 'Báo cáo kết quả công tác BVCSTE',
  occurrences: [
    occurrence({ index: 0, due: '2018-01-19', status: 'completed-late' }),
    occurrence({ index: 1, due: '2018-03-19', status: 'overdue' }),
    occurrence({ index: 2, due: '2018-06-19', status: 'pending' }),
  ],
});

describe('task list filters behind the overview’s numbers', () => {
  it('searches text, agency name and reference, ignoring case', () => {
    expect(matches(view, query({ text: 'bvcste' }), TODAY)).toBe(true);
    expect(matches(view, query({ text: 'sở y' }), TODAY)).toBe(true);
    expect(matches(view, query({ text: 'tài chính' }), TODAY)).toBe(false);
  });

  it('keeps a task with an occurrence due in the period that matches status, overdue and settled', () => {
    const q1 = { periodFrom: '2018-01-01', periodTo: '2018-01-31' };
    expect(matches(view, query({ ...q1, status: ['completed-late'] }), TODAY)).toBe(true);
    expect(matches(view, query({ ...q1, status: ['completed-on-time'] }), TODAY)).toBe(false);
    expect(matches(view, query({ ...q1, overdue: true }), TODAY)).toBe(false);
    expect(matches(view, query({ periodFrom: '2018-03-01', periodTo: '2018-03-31', overdue: true }), TODAY)).toBe(true);
    // June is not due yet: in the period, but not settled.
    expect(matches(view, query({ periodFrom: '2018-06-01', periodTo: '2018-06-30' }), TODAY)).toBe(true);
    expect(matches(view, query({ periodFrom: '2018-06-01', periodTo: '2018-06-30', settled: true }), TODAY)).toBe(false);
    expect(matches(view, query({ periodFrom: '2019-01-01', periodTo: '2019-12-31' }), TODAY)).toBe(false);
  });

  it('leaves out closed tasks when asked for open ones', () => {
    expect(matches(taskView({ status: 'completed-on-time' }), query({ open: true }), TODAY)).toBe(false);
    expect(matches(taskView({ status: 'overdue' }), query({ open: true }), TODAY)).toBe(true);
  });
});
