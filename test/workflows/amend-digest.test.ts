/**
 * Amending a registered directive with a corrected spec: a task removed is ended (with the reason in its
 * history), a task whose deadline changed gets the new date without restarting, a new task starts, an untouched
 * task is not touched. And the supervisors' daily digest: at 07:30 local on working days only — none during
 * Tết Mậu Tuất (14–20/02/2018).
 */
import { digestWorkflow } from '../../workflows/digest';
import { DIGEST_WORKFLOW_ID } from '../../workflows/ids';
import { compactCalendarSetup } from '../../workflows/calendar-port';
import { calendarInput } from '../../config/calendar';
import type { DirectiveView } from '../../client/types';
import type { TaskView } from '../../workflows/types';
import { ChidaoError } from '../../client';
import { deadline, seed000, task } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

let t: WorkflowTestEnv;
const seen: Record<string, unknown> = {};

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  await t.worker.runUntil(async () => {
    const reg = await t.chidao.register(seed000());
    const id = (suffix: string) => reg.taskWorkflowIds.find((w) => w.endsWith(suffix))!;
    await t.sleepUntil('2018-01-10T03:00:00Z');
    seen.yteBefore = await t.chidao.status(id('/t2/so-y-te'));

    const corrected = seed000();
    corrected.tasks = corrected.tasks.filter((x) => x.id !== 't1');
    corrected.tasks[0].assignees = corrected.tasks[0].assignees.filter((a) => a.agencyId !== 'so-gddt');
    corrected.tasks[0].deadlines = [deadline({ kind: 'once', phrase: 'trước ngày 25/01/2018', nominal: '2018-01-24', due: '2018-01-24' })];
    corrected.tasks.push(task('t5', '2.8', 'Chủ động xây dựng Kế hoạch năm 2018', ['ubnd-tp-kon-tum'], [deadline({ kind: 'once', phrase: 'trong tháng 02/2018', nominal: '2018-02-28', due: '2018-02-28' })]));
    seen.amended = await t.chidao.amend(reg.directiveId, corrected);
    const other = seed000();
    other.document.number = '47/TB-VP';
    seen.wrongNumber = await t.chidao.amend(reg.directiveId, other).catch((e: unknown) => e);
    await t.sleepUntil('2018-01-10T04:00:00Z');
    const t5 = `${reg.directiveId}/t5/ubnd-tp-kon-tum`;
    seen.reassignByAgency = await t.chidao
      .act(t5, { type: 'reassign', input: { by: { kind: 'agency', id: 'ubnd-tp-kon-tum' }, agencyId: 'x' } })
      .catch((e: unknown) => e);
    seen.reassigned = await t.chidao.act(t5, {
      type: 'reassign',
      input: { by: { kind: 'supervisor', id: 'cvp' }, agencyId: 'ubnd-huyen-dak-ha', reason: 'Đúng thẩm quyền' },
    });
    seen.t5id = t5;
    seen.directive = await t.chidao.directive(reg.directiveId);
    seen.t1 = await t.chidao.status(id('/t1/so-ldtbxh'));
    seen.yte = await t.chidao.status(id('/t2/so-y-te'));
    seen.gddt = await t.chidao.status(id('/t2/so-gddt'));

    await t.env.client.workflow.start(digestWorkflow, {
      workflowId: DIGEST_WORKFLOW_ID,
      taskQueue: t.taskQueue,
      args: [{ calendar: compactCalendarSetup(calendarInput()), sendAt: '07:30', perRun: 4 }],
    });
    await t.sleepUntil('2018-02-23T12:00:00Z');
    seen.t5end = await t.chidao.status(t5);
  });
}, 180_000);

afterAll(async () => {
  await t?.env.teardown();
});

describe('amending a directive', () => {
  it('ends the removed task, with the reason', () => {
    const v = seen.t1 as TaskView;
    expect(v.status).toBe('cancelled');
    expect(v.history.at(-1)?.summary).toBe('Đã hủy: Văn bản đính chính bỏ nhiệm vụ này');
    expect((seen.gddt as TaskView).status).toBe('cancelled');
  });

  it('moves a changed deadline in place: old occurrence cancelled, new one planned', () => {
    const v = seen.yte as TaskView;
    expect(v.occurrences.map((o) => [o.due, o.status])).toEqual([
      ['2018-01-19', 'cancelled'],
      ['2018-01-24', 'pending'],
    ]);
    expect(v.nextDue).toBe('2018-01-24');
    expect(v.history.map((e) => e.type)).toContain('amended');
    expect(v.history.slice(0, (seen.yteBefore as TaskView).history.length)).toEqual((seen.yteBefore as TaskView).history);
  });

  it('starts the new task and lists what the directive now has', () => {
    const d = seen.directive as DirectiveView;
    expect(d.tasks.map((x) => x.workflowId.split('/').slice(-2).join('/')).sort()).toEqual(['t2/so-y-te', 't5/ubnd-tp-kon-tum']);
    expect(d.spec.tasks.map((x) => x.id)).toEqual(['t2', 't5']);
    expect(d.taskCount).toBe(2);
  });

  it('refuses a "correction" that is another document', () => {
    expect(seen.wrongNumber).toBeInstanceOf(ChidaoError);
    expect((seen.wrongNumber as ChidaoError).message).toBe('Văn bản đính chính phải có cùng cơ quan ban hành, số và ngày với văn bản đã đăng ký');
  });
});

describe('reassigning a task', () => {
  it('is for supervisors only', () => {
    expect((seen.reassignByAgency as ChidaoError).message).toBe('Chỉ lãnh đạo hoặc Văn phòng mới được giao lại nhiệm vụ');
  });
  it('sends the next reminders to the new agency (due 28/02/2018 ⇒ −5 on 21/02, after Tết)', () => {
    expect((seen.reassigned as TaskView).agencyId).toBe('ubnd-huyen-dak-ha');
    const v = seen.t5end as TaskView;
    expect(v.reminders.map((r) => [r.stepId, r.recipient, r.at.slice(0, 10)])).toEqual([['d-5', 'ubnd-huyen-dak-ha:focal', '2018-02-21']]);
  });
});

describe('daily digest', () => {
  it('goes out at 07:30 local on working days, none during Tết, across continue-as-new', () => {
    const asOf = t.recorder.calls.filter((c) => c.kind === 'sendDigest').map((c) => (c.input as { asOf: string }).asOf);
    const expected = [
      '2018-01-10', '2018-01-11', '2018-01-12', '2018-01-15', '2018-01-16', '2018-01-17', '2018-01-18', '2018-01-19',
      '2018-01-22', '2018-01-23', '2018-01-24', '2018-01-25', '2018-01-26', '2018-01-29', '2018-01-30', '2018-01-31',
      '2018-02-01', '2018-02-02', '2018-02-05', '2018-02-06', '2018-02-07', '2018-02-08', '2018-02-09', '2018-02-12',
      '2018-02-13', '2018-02-21', '2018-02-22', '2018-02-23',
    ];
    // Started at 11:00 local on 10/01, after that day's 07:30: the first digest is on 11/01.
    expect(asOf).toEqual(expected.slice(1).map((d) => `${d}T00:30:00.000Z`));
  });
});

