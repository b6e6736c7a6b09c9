/**
 * How a registration lands: the client starts the directive workflow and then its task workflows, so the
 * directive wakes once (no child-started events to handle) and each task once. A registration cut short
 * between the two is completed by registering again. Tasks tell their directive when they close, and the
 * directive closes after the last. A directive started by the earlier design (input without
 * tasksStartedByClient, as running ones have) still starts its tasks as children and closes with them.
 */
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createChidaoClient, ChidaoError } from '../../client';
import { calendarInput } from '../../config/calendar';
import type { DirectiveSpec } from '../../directives/spec';
import { directiveWorkflow } from '../../workflows/directive';
import type { DirectiveInput, DirectiveStatusView } from '../../workflows/directive-types';
import { directiveWorkflowId } from '../../workflows/ids';
import { taskWorkflow } from '../../workflows/task';
import { deadline, POLICY, seed000, seed003, task } from './fixtures';
import { timeSkippingSetup, type WorkflowTestEnv } from './env';

const EventType = temporal.api.enums.v1.EventType;

let t: WorkflowTestEnv;
const seen: Record<string, unknown> = {};

/** Seed 000 with another number: another directive, one task of one agency. */
function oneTask(number: string): DirectiveSpec {
  const spec = seed000();
  spec.document.number = number;
  spec.tasks = [task('t1', '2.1', spec.tasks[0].text, ['so-ldtbxh'], [deadline({ kind: 'once', phrase: 'Hoàn thành trong tháng 01/2018', nominal: '2018-01-31', due: '2018-01-31' })])];
  return spec;
}

/** A client whose task-workflow starts fail, as a registration cut off after its directive; records the inputs. */
function cutOffClient(real: Client, directiveInputs: DirectiveInput[]): Client {
  const workflow = new Proxy(real.workflow, {
    get(target, prop, receiver) {
      if (prop !== 'start') return Reflect.get(target, prop, receiver);
      return async (type: Workflow, options: { args: unknown[] }) => {
        if (type === taskWorkflow) throw new Error('mất kết nối tới Temporal');
        directiveInputs.push(options.args[0] as DirectiveInput);
        return target.start(type, options as never);
      };
    },
  });
  return new Proxy(real, { get: (target, prop, receiver) => (prop === 'workflow' ? workflow : Reflect.get(target, prop, receiver)) });
}

async function eventTypes(workflowId: string): Promise<number[]> {
  const history = await t.env.client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).map((e) => Number(e.eventType));
}

async function exists(workflowId: string): Promise<boolean> {
  try {
    await t.env.client.workflow.getHandle(workflowId).describe();
    return true;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return false;
    throw err;
  }
}

beforeAll(async () => {
  t = await timeSkippingSetup({ initialTime: '2018-01-09T02:00:00Z' });
  await t.worker.runUntil(async () => {
    // 1. seed 000 registered: three task workflows, none a child.
    const reg = await t.chidao.register(seed000());
    seen.reg = reg;
    await t.sleepUntil('2018-01-09T03:00:00Z');
    seen.directiveEvents = await eventTypes(reg.directiveId);
    seen.parents = await Promise.all(reg.taskWorkflowIds.map(async (id) => (await t.env.client.workflow.getHandle(id).describe()).parentExecution ?? null));
    seen.taskEvents = await eventTypes(reg.taskWorkflowIds[0]);

    // 2. a one-task directive closes when its task is completed; another when it is cancelled.
    const done = await t.chidao.register(oneTask('47/TB-VP'));
    await t.sleepUntil('2018-01-10T03:00:00Z');
    await t.chidao.act(done.taskWorkflowIds[0], { type: 'complete', input: { by: { kind: 'agency', id: 'so-ldtbxh' }, reportNumber: '12/BC-LĐTBXH' } });
    seen.completed = await t.env.client.workflow.getHandle(done.directiveId).result();
    const cancelled = await t.chidao.register(oneTask('48/TB-VP'));
    await t.sleepUntil('2018-01-11T03:00:00Z');
    await t.chidao.cancelDirective(cancelled.directiveId, { by: { kind: 'supervisor', id: 'cvp' }, reason: 'Văn bản bị thay thế' });
    seen.cancelled = await t.env.client.workflow.getHandle(cancelled.directiveId).result();

    // 3. a registration cut off after the directive started; registering again completes it.
    const inputs: DirectiveInput[] = [];
    const cutOff = createChidaoClient({ client: cutOffClient(t.env.client, inputs), taskQueue: t.taskQueue, calendar: calendarInput(), policies: { [POLICY.id]: POLICY }, defaultPolicyId: POLICY.id });
    const spec003 = seed003();
    seen.cutOffError = await cutOff.register(spec003).catch((e: unknown) => e);
    const id003 = directiveWorkflowId(spec003);
    seen.taskAfterCutOff = await exists(`${id003}/t7/ubnd-xa-bao-son`);
    seen.again = await t.chidao.register(spec003);
    seen.taskAfterAgain = await exists(`${id003}/t7/ubnd-xa-bao-son`);
    seen.againTwice = await t.chidao.register(spec003);

    // 4. a directive of the earlier design: the same input without tasksStartedByClient.
    const legacySpec = oneTask('49/TB-VP');
    const legacyId = directiveWorkflowId(legacySpec);
    const legacyInput: DirectiveInput = { ...inputs[0], directiveId: legacyId, spec: legacySpec };
    delete legacyInput.tasksStartedByClient;
    await t.env.client.workflow.start(directiveWorkflow, { workflowId: legacyId, taskQueue: t.taskQueue, args: [legacyInput] });
    await t.sleepUntil('2018-01-12T03:00:00Z');
    const legacyTask = `${legacyId}/t1/so-ldtbxh`;
    seen.legacyParent = (await t.env.client.workflow.getHandle(legacyTask).describe()).parentExecution?.workflowId;
    await t.chidao.act(legacyTask, { type: 'complete', input: { by: { kind: 'agency', id: 'so-ldtbxh' }, reportNumber: '13/BC-LĐTBXH' } });
    seen.legacyDone = await t.env.client.workflow.getHandle(legacyId).result();
  });
}, 180_000);

afterAll(async () => {
  await t?.env.teardown();
});

describe('registering a directive', () => {
  it('starts every task workflow from the client, none as a child of the directive', () => {
    expect((seen.reg as { taskWorkflowIds: string[] }).taskWorkflowIds.map((id) => id.split('/').slice(-2).join('/'))).toEqual([
      't1/so-ldtbxh',
      't2/so-y-te',
      't2/so-gddt',
    ]);
    expect(seen.parents).toEqual([null, null, null]);
  });

  it('wakes the directive once and each task once', () => {
    const count = (events: number[], type: number) => events.filter((e) => e === type).length;
    const directive = seen.directiveEvents as number[];
    expect(count(directive, EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).toBe(1);
    expect(count(directive, EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED)).toBe(0);
    expect(count(seen.taskEvents as number[], EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).toBe(1);
  });
});

describe('a directive closes after its tasks', () => {
  it('when its task is completed', () => {
    const v = seen.completed as DirectiveStatusView;
    expect(v.status).toBe('completed');
    expect(v.tasks.map((x) => x.state)).toEqual(['closed']);
  });

  it('when it is cancelled', () => {
    const v = seen.cancelled as DirectiveStatusView;
    expect(v.status).toBe('cancelled');
    expect(v.tasks.map((x) => x.state)).toEqual(['closed']);
  });
});

describe('a registration cut off after the directive started', () => {
  it('fails with the cause, leaving the directive without its task', () => {
    expect(seen.cutOffError).toBeInstanceOf(Error);
    expect((seen.cutOffError as Error).message).toContain('mất kết nối');
    expect(seen.cutOffError).not.toBeInstanceOf(ChidaoError);
    expect(seen.taskAfterCutOff).toBe(false);
  });

  it('is completed by registering again, which reports the directive as existing', () => {
    expect(seen.again).toMatchObject({ created: false, taskWorkflowIds: [expect.stringMatching(/\/t7\/ubnd-xa-bao-son$/)] });
    expect(seen.taskAfterAgain).toBe(true);
    expect(seen.againTwice).toEqual(seen.again);
  });
});

describe('a directive registered before the client started tasks', () => {
  it('starts its task as a child and closes with it', () => {
    expect(seen.legacyParent).toBe(directiveWorkflowId(oneTask('49/TB-VP')));
    const v = seen.legacyDone as DirectiveStatusView;
    expect(v.status).toBe('completed');
    expect(v.tasks.map((x) => x.state)).toEqual(['closed']);
  });
});
