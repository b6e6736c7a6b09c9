/** The visibility queries the façade sends for a supervisor's filters. */
import { listQuery } from '../../client/query';

describe('listQuery', () => {
  it('overdue of one agency', () => {
    expect(listQuery({ agencyId: 'so-y-te', overdue: true })).toBe('ChidaoKind = "task" AND ChidaoAgencies = "so-y-te" AND ChidaoOverdue = true');
  });
  it('due within a window (days as 00:00 local, UTC+7), by status', () => {
    expect(listQuery({ dueFrom: '2018-01-15', dueTo: '2018-01-21', status: ['pending', 'acknowledged'] })).toBe(
      'ChidaoKind = "task" AND ChidaoStatus IN ("pending", "acknowledged") AND ChidaoNextDue >= "2018-01-14T17:00:00.000Z" AND ChidaoNextDue <= "2018-01-20T17:00:00.000Z"',
    );
  });
  it('quotes values', () => {
    expect(listQuery({ directiveId: 'a"b' })).toBe('ChidaoKind = "task" AND ChidaoDirective = "a\\"b"');
  });
});
