/**
 * Directive workflow: one per registered directive (id from issuer, number and date, see ids.ts). Starts
 * a task workflow per (task, lead agency), amends them when a corrected spec arrives, cancels them with
 * the directive, forwards holiday/policy changes, and closes when every task has closed.
 */
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  setHandler,
  startChild,
  upsertSearchAttributes,
  WorkflowIdReusePolicy,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { AmendResult, DirectiveInput, DirectiveStatusView } from './directive-types';
import { diffSlots, slotContent, type TrackedTask } from './directive-slots';
import { directiveWorkflowId } from './ids';
import {
  amendTaskSignal,
  amendUpdate,
  cancelDirectiveUpdate,
  directiveReplanSignal,
  directiveViewQuery,
  endTaskSignal,
  replanSignal,
  taskClosedSignal,
  type AmendInput,
} from './messages';
import { SA_AGENCIES, SA_DIRECTIVE, SA_KIND, SA_STATUS } from './search-attributes';
import { directiveRefOf, taskInputOf, taskSlots, type TaskSlot } from './slots';
import { taskWorkflow } from './task';
import { actionSchemas, specSchemas } from './schemas';
import { parseInput, reject } from './validation';

export async function directiveWorkflow(input: DirectiveInput): Promise<DirectiveStatusView> {
  const info = workflowInfo();
  const registeredAt = new Date(Date.now()).toISOString();
  let spec = input.spec;
  let calendar = input.calendar;
  let policy = input.policy;
  let status: DirectiveStatusView['status'] = 'active';
  let amendments = 0;
  const tasks = new Map<string, TrackedTask>();
  let changed = false;

  // The client starts the directive with these attributes; upsert only when they change.
  let published = '';
  const publish = () => {
    const agencies = [...new Set([...tasks.values()].filter((t) => t.state !== 'ended').map((t) => t.agencyId))].sort();
    const key = `${status}|${agencies.join(',')}`;
    const started = info.typedSearchAttributes.get(SA_AGENCIES);
    if (!published && status === 'active' && started && [...started].sort().join(',') === agencies.join(',')) published = key;
    if (key === published) return;
    published = key;
    upsertSearchAttributes([
      { key: SA_KIND, value: 'directive' },
      { key: SA_DIRECTIVE, value: input.directiveId },
      { key: SA_AGENCIES, value: agencies },
      { key: SA_STATUS, value: status },
    ]);
  };

  const track = (slot: TaskSlot) =>
    tasks.set(slot.workflowId, { workflowId: slot.workflowId, taskId: slot.task.id, agencyId: slot.agencyId, state: 'open', content: slotContent(slot) });

  const start = async (slot: TaskSlot): Promise<void> => {
    track(slot);
    const taskInput = taskInputOf(slot, directiveRefOf(input.directiveId, spec), { calendar, policy, options: input.options }, { registeredAt });
    try {
      const child = await startChild(taskWorkflow, {
        workflowId: slot.workflowId,
        taskQueue: input.taskQueue ?? info.taskQueue,
        args: [taskInput],
        // Tasks outlive a directive run that is terminated by an operator; cancelling is explicit (endTask).
        parentClosePolicy: ParentClosePolicy.ABANDON,
        // A task id is used once: a finished task is not restarted by a re-registration or an amendment.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      void child.result().then(
        () => closeTask(slot.workflowId),
        () => closeTask(slot.workflowId),
      );
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        log.warn('task workflow already exists; not tracked by this directive run', { workflowId: slot.workflowId });
        closeTask(slot.workflowId);
      } else throw err;
    }
  };
  const closeTask = (workflowId: string) => {
    const t = tasks.get(workflowId);
    if (t && t.state === 'open') t.state = 'closed';
    changed = true;
  };

  const view = (): DirectiveStatusView => ({
    directiveId: input.directiveId,
    spec,
    text: input.text,
    registeredAt,
    status,
    tasks: [...tasks.values()].map(({ workflowId, taskId, agencyId, state }) => ({ workflowId, taskId, agencyId, state })),
    amendments,
  });

  setHandler(directiveViewQuery, view);

  setHandler(
    cancelDirectiveUpdate,
    async (raw) => {
      const c = parseInput(actionSchemas().CancelInput, raw);
      status = 'cancelled';
      publish();
      await Promise.all(
        [...tasks.values()].filter((t) => t.state === 'open').map((t) => getExternalWorkflowHandle(t.workflowId).signal(endTaskSignal, c)),
      );
      changed = true;
      return view();
    },
    {
      validator: (raw) => {
        parseInput(actionSchemas().CancelInput, raw);
        if (status !== 'active') reject('Văn bản đã bị hủy hoặc đã kết thúc');
      },
    },
  );

  setHandler(
    amendUpdate,
    async (a: AmendInput): Promise<AmendResult> => {
      const next = specSchemas().DirectiveSpec.parse(a.spec);
      spec = next;
      amendments++;
      const { steps, result } = diffSlots(tasks, taskSlots(input.directiveId, next));
      const reason = { by: a.by ?? { kind: 'secretariat' as const, id: 'van-phong' }, reason: 'Văn bản đính chính bỏ nhiệm vụ này' };
      const work: Promise<void>[] = [];
      for (const step of steps) {
        if (step.kind === 'end') {
          if (step.signal) work.push(getExternalWorkflowHandle(step.workflowId).signal(endTaskSignal, reason));
          tasks.get(step.workflowId)!.state = 'ended';
        } else if (step.kind === 'start') work.push(start(step.slot));
        else {
          tasks.get(step.slot.workflowId)!.content = step.content;
          const { task, coordinatorAgencyIds } = step.slot;
          if (step.signal) work.push(getExternalWorkflowHandle(step.slot.workflowId).signal(amendTaskSignal, { task, coordinatorAgencyIds }));
        }
      }
      await Promise.all(work);
      publish();
      changed = true;
      return result;
    },
    {
      validator: (a: AmendInput) => {
        if (status !== 'active') reject('Văn bản đã bị hủy hoặc đã kết thúc, không thể đính chính');
        const parsed = specSchemas().DirectiveSpec.safeParse(a?.spec);
        if (!parsed.success) reject(`Văn bản đính chính không hợp lệ: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
        if (parsed.data.document.number && directiveWorkflowId(parsed.data) !== input.directiveId) {
          reject('Văn bản đính chính phải có cùng cơ quan ban hành, số và ngày với văn bản đã đăng ký');
        }
      },
    },
  );

  setHandler(directiveReplanSignal, (r) => {
    if (r.calendar) calendar = r.calendar;
    if (r.policy) policy = r.policy;
    for (const t of tasks.values()) {
      if (t.state === 'open') void getExternalWorkflowHandle(t.workflowId).signal(replanSignal, r);
    }
  });

  // Registration: the client starts the task workflows (one workflow task each, none here), and each signals its
  // close. Before that the directive started them as children: a start command each, and a workflow task here for
  // every child-started event, which made registering cost three workflow tasks per task instead of one.
  const initial = taskSlots(input.directiveId, spec);
  if (input.tasksStartedByClient) initial.forEach(track);
  else await Promise.all(initial.map(start));
  // After the tasks are tracked, so that a signal delivered with the first activation finds its task.
  setHandler(taskClosedSignal, ({ workflowId }) => closeTask(workflowId));
  publish();

  // A directive with no task to track stays open, so that an amendment can add some.
  await condition(() => changed && tasks.size > 0 && [...tasks.values()].every((t) => t.state !== 'open'));
  if (status === 'active') status = 'completed';
  publish();
  await condition(allHandlersFinished);
  return view();
}
