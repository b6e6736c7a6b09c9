/** Plain values for the dashboard's pure tests: a small spec over a small text, task views. */
import type { DirectiveSpec } from '../../directives/spec';
import { deadline } from '../../directives/deadline-builder';
import type { OccurrenceView, TaskEvent, TaskView } from '../../workflows/types';

export const TEXT = 'Số: 46/TB-VP\n1. Giao Sở Y tế chủ trì, báo cáo trước ngày 20/01/2018.\n2. Sở Tài chính tiếp tục theo dõi.';

export function sampleSpec(): DirectiveSpec {
  const t1Start = TEXT.indexOf('Giao');
  const t1End = TEXT.indexOf('2018.') + 5;
  const phrase = 'trước ngày 20/01/2018';
  const pStart = TEXT.indexOf(phrase);
  const t2Start = TEXT.indexOf('Sở Tài chính');
  return {
    version: 1,
    document: {
      number: '46/TB-VP',
      code: 'TB-VP',
      type: 'Thông báo',
      issuer: 'Văn phòng UBND tỉnh',
      place: 'Kon Tum',
      issuedOn: '2018-01-09',
      subject: 'Kết luận của Chủ tịch <UBND>',
      signer: null,
      addressees: [],
      distribution: [],
    },
    tasks: [
      {
        id: 't1',
        ref: '1.',
        text: TEXT.slice(t1Start, t1End),
        span: { start: t1Start, end: t1End, line: 2 },
        assignees: [{ name: 'Sở Y tế', agencyId: 'so-y-te', role: 'lead', group: false }],
        deadlines: [
          deadline({
            phrase,
            span: { start: pStart, end: pStart + phrase.length, line: 2 },
            kind: 'once',
            nominal: '2018-01-19',
            due: '2018-01-19',
          }),
        ],
      },
      {
        id: 't2',
        ref: '2.',
        text: TEXT.slice(t2Start),
        span: { start: t2Start, end: TEXT.length, line: 3 },
        assignees: [{ name: 'Sở Tài chính', agencyId: null, role: 'lead', group: false }],
        deadlines: [],
      },
    ],
    warnings: [
      { code: 'unknown-agency', message: 'Không tìm thấy "Sở Tài chính" trong danh bạ', span: { start: t2Start, end: t2Start + 12, line: 3 } },
      { code: 'document-date-missing', message: 'Văn bản không ghi ngày', span: null },
    ],
  };
}

export function occurrence(over: Partial<OccurrenceView> = {}): OccurrenceView {
  return {
    index: 0,
    nominal: '2018-01-19',
    due: '2018-01-19',
    time: null,
    status: 'pending',
    percent: 0,
    completedAt: null,
    reportNumber: null,
    extension: null,
    upcoming: [],
    ...over,
  };
}

export function event(at: string, type: TaskEvent['type'], over: Partial<TaskEvent> = {}): TaskEvent {
  return { at, type, occurrence: 0, actor: { kind: 'agency', id: 'so-y-te', name: 'Sở Y tế' }, summary: type, ...over };
}

export function taskView(over: Partial<TaskView> = {}): TaskView {
  return {
    workflowId: 'd1/t1/so-y-te',
    directiveId: 'd1',
    taskId: 't1',
    ref: '1.',
    text: 'Báo cáo kết quả',
    phrase: 'trước ngày 20/01/2018',
    agencyId: 'so-y-te',
    agencyName: 'Sở Y tế',
    coordinatorAgencyIds: [],
    status: 'pending',
    nextDue: '2018-01-19',
    overdue: false,
    occurrences: [occurrence()],
    history: [],
    reminders: [],
    run: 1,
    ...over,
  };
}
