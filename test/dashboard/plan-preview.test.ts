import { previewOfPlan } from '../../api/dashboard/adapt';

const send = (at: string) => ({
  at,
  kind: 'reminder' as const,
  stepId: 'd-2',
  offsetWorkingDays: -2,
  recipients: ['focal' as const],
  channels: ['email' as const],
  copyCoordinators: false,
  key: at,
});

describe('reminder plan preview', () => {
  it('groups calendar/planDirective occurrences by task and lead agency, and keeps unplanned reasons', () => {
    const preview = previewOfPlan({
      occurrences: [
        { taskId: 't1', agency: 'Sở Y tế', due: '2018-01-19', sends: [send('2018-01-17T01:00:00.000Z')] },
        { taskId: 't1', agency: 'Sở Y tế', due: '2018-07-19', sends: [] },
        { taskId: 't1', agency: 'Sở Tài chính', due: '2018-01-19', sends: [] },
      ],
      unplanned: [
        { taskId: 't2', reason: 'Không có ngày cụ thể' },
        { taskId: 't1', reason: 'Thời hạn tính từ sự kiện, chưa có ngày' },
      ],
    });
    expect(preview).toEqual([
      {
        taskId: 't1',
        agency: 'Sở Y tế',
        occurrences: [
          { due: '2018-01-19', sends: [send('2018-01-17T01:00:00.000Z')] },
          { due: '2018-07-19', sends: [] },
        ],
      },
      { taskId: 't1', agency: 'Sở Tài chính', occurrences: [{ due: '2018-01-19', sends: [] }] },
      { taskId: 't2', agency: '', occurrences: [], note: 'Không có ngày cụ thể' },
      { taskId: 't1', agency: '', occurrences: [], note: 'Thời hạn tính từ sự kiện, chưa có ngày' },
    ]);
  });

  it('passes a preview list through and treats nothing as an empty plan', () => {
    const list = [{ taskId: 't1', agency: 'A', occurrences: [] }];
    expect(previewOfPlan(list)).toBe(list);
    expect(previewOfPlan(undefined)).toEqual([]);
  });
});
