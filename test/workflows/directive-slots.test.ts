/** An amendment's effect on a directive's task workflows, decided without Temporal: which end, start, are amended. */
import { diffSlots, slotContent, type TrackedTask } from '../../workflows/directive-slots';
import { taskSlots, type TaskSlot } from '../../workflows/slots';
import { deadline, seed000, task } from './fixtures';

const DIRECTIVE = 'directive/van-phong-ubnd-tinh-kon-tum/46-tb-vp/2018-01-09';

function tracked(slots: TaskSlot[], state: (s: TaskSlot) => TrackedTask['state'] = () => 'open'): Map<string, TrackedTask> {
  return new Map(slots.map((s) => [s.workflowId, { workflowId: s.workflowId, taskId: s.task.id, agencyId: s.agencyId, state: state(s), content: slotContent(s) }]));
}

const before = taskSlots(DIRECTIVE, seed000());
const id = (suffix: string) => `${DIRECTIVE}/${suffix}`;

describe('diffSlots', () => {
  it('leaves the same spec unchanged', () => {
    const { steps, result } = diffSlots(tracked(before), taskSlots(DIRECTIVE, seed000()));
    expect(steps).toEqual([]);
    expect(result).toEqual({ added: [], changed: [], ended: [], unchanged: before.map((s) => s.workflowId) });
  });

  it('ends the tasks that are gone (first), starts the new ones, amends the changed ones, in the spec order', () => {
    const spec = seed000();
    spec.tasks[0].deadlines = [deadline({ kind: 'once', phrase: 'trước ngày 06/02/2018', nominal: '2018-02-05', due: '2018-02-05' })];
    spec.tasks[1].assignees = spec.tasks[1].assignees.filter((a) => a.agencyId !== 'so-gddt');
    spec.tasks.push(task('t5', '2.8', 'Xây dựng Kế hoạch năm 2018', ['ubnd-tp-kon-tum'], []));
    const { steps, result } = diffSlots(tracked(before), taskSlots(DIRECTIVE, spec));
    expect(steps.map((s) => [s.kind, s.kind === 'end' ? s.workflowId : s.slot.workflowId])).toEqual([
      ['end', id('t2/so-gddt')],
      ['amend', id('t1/so-ldtbxh')],
      ['amend', id('t2/so-y-te')], // its task lost an assignee: a change of the content it was given
      ['start', id('t5/ubnd-tp-kon-tum')],
    ]);
    expect(result).toEqual({ added: [id('t5/ubnd-tp-kon-tum')], changed: [id('t1/so-ldtbxh'), id('t2/so-y-te')], ended: [id('t2/so-gddt')], unchanged: [] });
  });

  it('changing the coordinators is a change of content', () => {
    const spec = seed000();
    spec.tasks[1].assignees = spec.tasks[1].assignees.filter((a) => a.role !== 'coordinate');
    const { result } = diffSlots(tracked(before), taskSlots(DIRECTIVE, spec));
    expect(result.changed).toEqual([id('t2/so-y-te'), id('t2/so-gddt')]);
  });

  it('signals only open tasks; a closed one is recorded as ended or amended without a signal', () => {
    const spec = seed000();
    spec.tasks[0].text += ' (đính chính)';
    spec.tasks.splice(1, 1);
    const closed = tracked(before, () => 'closed');
    const { steps } = diffSlots(closed, taskSlots(DIRECTIVE, spec));
    expect(steps).toEqual([
      { kind: 'end', workflowId: id('t2/so-y-te'), signal: false },
      { kind: 'end', workflowId: id('t2/so-gddt'), signal: false },
      expect.objectContaining({ kind: 'amend', signal: false }),
    ]);
  });

  it('does not start a task id again once ended, nor end it twice', () => {
    const ended = tracked(before, (s) => (s.task.id === 't2' ? 'ended' : 'open'));
    const { steps, result } = diffSlots(ended, taskSlots(DIRECTIVE, seed000()));
    expect(steps).toEqual([]);
    expect(result.unchanged).toEqual(before.map((s) => s.workflowId));
    const withoutT2 = seed000();
    withoutT2.tasks.splice(1, 1);
    expect(diffSlots(ended, taskSlots(DIRECTIVE, withoutT2)).result.ended).toEqual([]);
  });
});
