/**
 * Agency and supervisor actions on seed 000's tasks (registered 09/01/2018): validators that reject and change
 * nothing, an extension rejected (due kept) and one approved (due moved, ladder re-planned from the approval),
 * a holiday-data change that re-plans only the sends not yet made, and cancelling the directive.
 *
 * Facts used: 19/01/2018 and 31/01/2018 are working days; Tết Mậu Tuất kept civil servants off 14–20/02/2018, so
 * five working days after Monday 12/02 is Friday 23/02. Sends at 08:00 local = 01:00 UTC.
 */
import { ChidaoError } from '../../client';
import type { CalendarSetup } from '../../workflows/calendar-port';
import { calendarInput } from '../../config/calendar';
import { directiveReplanSignal } from '../../workflows/messages';
import type { TaskView } from '../../workflows/types';
import { seed000 } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

const supervisor = { kind: 'supervisor' as const, id: 'cvp', name: 'Chánh Văn phòng' };
const agency = (id: string) => ({ kind: 'agency' as const, id });

let t: WorkflowTestEnv;
let directiveId: string;
let ids: Record<'t1' | 'yte' | 'gddt', string>;
const seen: Record<string, unknown> = {};

async function rejected(p: Promise<unknown>): Promise<ChidaoError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ChidaoError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

/** 2018 with Friday 19/01 made a day off, as if the Government had announced one. */
function calendarWith19JanOff(): CalendarSetup {
  const base = calendarInput();
  return {
    ...base,
    data: {
      years: base.data.years.map((y) =>
        y.year === 2018 ? { ...y, daysOff: [...(y.daysOff ?? []), { date: '2018-01-19', kind: 'extra' as const, reason: 'Nghỉ đột xuất (thử nghiệm)' }] } : y,
      ),
    },
  };
}

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const reg = await t.chidao.register(seed000());
    directiveId = reg.directiveId;
    const find = (suffix: string) => reg.taskWorkflowIds.find((id) => id.endsWith(suffix))!;
    ids = { t1: find('/t1/so-ldtbxh'), yte: find('/t2/so-y-te'), gddt: find('/t2/so-gddt') };

    await t.sleepUntil('2018-01-10T03:00:00Z');
    const before = await t.chidao.status(ids.yte);
    seen.noReport = await rejected(t.chidao.act(ids.yte, { type: 'complete', input: { by: agency('so-y-te'), reportNumber: '' } }));
    seen.afterNoReport = await t.chidao.status(ids.yte);
    seen.before = before;
    await t.chidao.act(ids.yte, { type: 'acknowledge', input: { by: agency('so-y-te') } });
    seen.ackTwice = await rejected(t.chidao.act(ids.yte, { type: 'acknowledge', input: { by: agency('so-y-te') } }));
    seen.earlier = await rejected(
      t.chidao.act(ids.yte, { type: 'requestExtension', input: { by: agency('so-y-te'), newDue: '2018-01-18', reason: 'x' } }),
    );
    seen.requested = await t.chidao.act(ids.yte, {
      type: 'requestExtension',
      input: { by: agency('so-y-te'), newDue: '2018-01-26', reason: 'Chờ số liệu của các huyện' },
    });
    seen.agencyDecides = await rejected(t.chidao.act(ids.yte, { type: 'decideExtension', input: { by: agency('so-y-te'), approve: true } }));
    seen.refused = await t.chidao.act(ids.yte, { type: 'decideExtension', input: { by: supervisor, approve: false, reason: 'Không có lý do chính đáng' } });

    await t.sleepUntil('2018-01-15T03:00:00Z');
    await t.env.client.workflow.getHandle(directiveId).signal(directiveReplanSignal, { calendar: calendarWith19JanOff(), reason: 'nghỉ 19/01' });
    await t.sleepUntil('2018-01-15T04:00:00Z');
    seen.gddtAfterReplan = await t.chidao.status(ids.gddt);
    seen.t1AfterReplan = await t.chidao.status(ids.t1);

    await t.sleepUntil('2018-01-25T03:00:00Z');
    await t.chidao.act(ids.t1, { type: 'requestExtension', input: { by: agency('so-ldtbxh'), newDue: '2018-02-09', reason: 'Chờ ý kiến thành viên' } });
    seen.approved = await t.chidao.act(ids.t1, { type: 'decideExtension', input: { by: supervisor, approve: true } });

    await t.sleepUntil('2018-02-26T03:00:00Z');
    seen.t1End = await t.chidao.status(ids.t1);
    seen.gddtEnd = await t.chidao.status(ids.gddt);
    await t.chidao.cancelDirective(directiveId, { by: supervisor, reason: 'Văn bản bị thay thế' });
    await t.sleepUntil('2018-02-26T04:00:00Z');
    seen.cancelledView = await t.chidao.status(ids.gddt);
    seen.directive = await t.chidao.directive(directiveId);
    seen.cancelTwice = await rejected(t.chidao.cancelDirective(directiveId, { by: supervisor, reason: 'lần nữa' }));
  });
}, 180_000);

afterAll(async () => {
  await t?.env.teardown();
});

const at = (day: string) => `${day}T01:00:00.000Z`;

describe('validators reject with a Vietnamese message and change nothing', () => {
  it('complete without a report number', () => {
    const err = seen.noReport as ChidaoError;
    expect(err.code).toBe('invalid');
    expect(err.message).toContain('cần số văn bản báo cáo');
    expect(seen.afterNoReport).toEqual(seen.before);
  });
  it('acknowledge twice', () => {
    expect((seen.ackTwice as ChidaoError).message).toBe('Nhiệm vụ đã được xác nhận trước đó');
  });
  it('an extension to a day before the current due day', () => {
    expect((seen.earlier as ChidaoError).message).toBe('Hạn mới (18/01/2018) phải sau hạn hiện tại (19/01/2018)');
  });
  it('an agency deciding its own extension', () => {
    expect((seen.agencyDecides as ChidaoError).message).toBe('Chỉ lãnh đạo hoặc Văn phòng mới được quyết định gia hạn');
  });
  it('cancelling a directive that has ended (its tasks all cancelled)', () => {
    expect((seen.cancelTwice as ChidaoError).code).toBe('closed');
    expect((seen.cancelTwice as ChidaoError).message).toBe('Văn bản đã kết thúc, không nhận thêm thao tác');
  });
});

describe('extensions', () => {
  it('requested: status "chờ gia hạn"; rejected: the due day stays', () => {
    expect((seen.requested as TaskView).status).toBe('extension-requested');
    const refused = seen.refused as TaskView;
    expect(refused.status).toBe('acknowledged');
    expect(refused.occurrences[0].due).toBe('2018-01-19');
    expect(refused.history.map((e) => e.type)).toContain('extension-rejected');
  });

  it('approved: the due day moves to 09/02/2018 and the ladder is planned anew from the approval (Tết skipped)', () => {
    const v = seen.approved as TaskView;
    expect(v.occurrences[0].due).toBe('2018-02-09');
    expect(v.status).toBe('pending');
    expect(v.occurrences[0].upcoming).toEqual([
      { at: at('2018-02-02'), stepId: 'd-5', kind: 'reminder' },
      { at: at('2018-02-07'), stepId: 'd-2', kind: 'reminder' },
      { at: at('2018-02-09'), stepId: 'd0', kind: 'reminder' },
      { at: at('2018-02-12'), stepId: 'd+1', kind: 'reminder' },
      { at: at('2018-02-23'), stepId: 'd+5', kind: 'reminder' },
    ]);
  });

  it('the old ladder stopped at the approval; the new one ran at its instants', () => {
    const v = seen.t1End as TaskView;
    const sent = v.reminders.filter((r) => r.channel === 'email' && r.recipient === 'so-ldtbxh:focal');
    expect(sent.map((r) => [r.dedupeKey.split('/').slice(-4, -2).join('/'), r.at.slice(0, 10)])).toEqual([
      ['o0r0/d-5', '2018-01-24'],
      ['o0r1/d-5', '2018-02-02'],
      ['o0r1/d-2', '2018-02-07'],
      ['o0r1/d0', '2018-02-09'],
    ]);
    expect(v.status).toBe('overdue');
  });
});

describe('a holiday-data change re-plans only what is not sent yet', () => {
  it('19/01 becomes a day off: the due day moves to Monday 22/01, the −5 reminder already sent is not sent again', () => {
    const v = seen.gddtAfterReplan as TaskView;
    expect(v.occurrences[0].due).toBe('2018-01-22');
    expect(v.occurrences[0].upcoming.map((u) => [u.stepId, u.at])).toEqual([
      ['d-2', at('2018-01-17')],
      ['d0', at('2018-01-22')],
      ['d+1', at('2018-01-23')],
      ['d+5', at('2018-01-29')],
    ]);
    const end = seen.gddtEnd as TaskView;
    const d5 = end.reminders.filter((r) => r.stepId === 'd-5');
    expect(d5).toHaveLength(1);
    expect(d5[0].at.slice(0, 10)).toBe('2018-01-12');
    expect(end.reminders.some((r) => r.at.startsWith('2018-01-19'))).toBe(false);
    expect(end.reminders.filter((r) => r.stepId === 'd0').every((r) => r.at.startsWith('2018-01-22'))).toBe(true);
    const overdue = end.history.find((e) => e.type === 'overdue')!;
    expect(overdue.at.slice(0, 13)).toBe('2018-01-22T17');
  });

  it('a task due on a day that did not change keeps its plan', () => {
    const v = seen.t1AfterReplan as TaskView;
    expect(v.occurrences[0].due).toBe('2018-01-31');
    expect(v.occurrences[0].upcoming.map((u) => u.at)).toEqual([at('2018-01-24'), at('2018-01-29'), at('2018-01-31'), at('2018-02-01'), at('2018-02-07')]);
  });
});

describe('cancelling the directive', () => {
  it('cancels its open tasks and records why', () => {
    const v = seen.cancelledView as TaskView;
    expect(v.status).toBe('cancelled');
    expect(v.history.at(-1)?.summary).toBe('Đã hủy: Văn bản bị thay thế');
    const d = seen.directive as { status: string; tasks: { status: string; running: boolean }[] };
    expect(d.status).toBe('cancelled');
    expect(d.tasks.map((x) => x.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});
