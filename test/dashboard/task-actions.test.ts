import type { Viewer } from '../../api/dashboard/deps';
import { actionFromForm, actorOf, allowedActions, formError, withPhrase } from '../../api/dashboard/pages/task';
import { occurrence, taskView } from './fixtures';

const agency = (agencyId: string): Viewer => ({ role: 'agency', id: agencyId, agencyId, name: agencyId });
const supervisor: Viewer = { role: 'supervisor', id: 'cvp', agencyId: null, name: 'Chánh Văn phòng' };
const secretariat: Viewer = { role: 'secretariat', id: 'cv', agencyId: null, name: 'Chuyên viên' };

describe('actions a task page offers', () => {
  it('offers the lead agency its actions, and nothing to another agency', () => {
    expect(allowedActions(agency('so-y-te'), taskView({ status: 'pending' }))).toEqual(['acknowledge', 'reportProgress', 'complete', 'requestExtension']);
    expect(allowedActions(agency('so-y-te'), taskView({ status: 'in-progress' }))).toEqual(['reportProgress', 'complete', 'requestExtension']);
    expect(allowedActions(agency('so-y-te'), taskView({ status: 'extension-requested' }))).toEqual(['reportProgress', 'complete']);
    expect(allowedActions(agency('so-tai-chinh'), taskView({ status: 'pending' }))).toEqual([]);
  });

  it('offers the supervisor a decision only while an extension waits, the secretariat none, nobody anything on a closed task', () => {
    const waiting = taskView({ status: 'extension-requested', occurrences: [occurrence({ extension: { requestedDue: '2018-02-01', reason: 'x', at: '2018-01-15T01:00:00.000Z' } })] });
    expect(allowedActions(supervisor, waiting)).toEqual(['decideExtension']);
    expect(allowedActions(supervisor, taskView({ status: 'overdue' }))).toEqual([]);
    expect(allowedActions(secretariat, waiting)).toEqual([]);
    expect(allowedActions(agency('so-y-te'), taskView({ status: 'completed-on-time' }))).toEqual([]);
  });

  it('builds actions from forms with the workflow’s own schemas, naming a missing field in Vietnamese', () => {
    const by = actorOf(agency('so-y-te'));
    expect(by).toEqual({ kind: 'agency', id: 'so-y-te', name: 'so-y-te' });
    expect(actionFromForm('complete', { reportNumber: ' 12/BC-SYT ', note: '' }, by)).toEqual({
      type: 'complete',
      input: { by, reportNumber: '12/BC-SYT', note: '' },
    });
    expect(actionFromForm('decideExtension', { decision: 'reject', reason: 'Không đủ căn cứ', occurrence: '0' }, actorOf(supervisor)).input).toMatchObject({
      approve: false,
      reason: 'Không đủ căn cứ',
      occurrence: 0,
    });
    let error: unknown;
    try {
      actionFromForm('complete', { reportNumber: '' }, by);
    } catch (err) {
      error = err;
    }
    expect(formError(error)).toBe('Số văn bản báo cáo: cần số văn bản báo cáo');
    expect(() => actionFromForm('reassign', {}, by)).toThrow('Thao tác không hợp lệ: reassign');
  });

  it('marks the deadline phrase in the task’s sentence, escaped', () => {
    expect(withPhrase('Báo cáo <b> trước ngày 20/01/2018.', 'trước ngày 20/01/2018').value).toBe(
      'Báo cáo &lt;b&gt; <mark>trước ngày 20/01/2018</mark>.',
    );
    expect(withPhrase('Tiếp tục thực hiện', null).value).toBe('Tiếp tục thực hiện');
  });
});
