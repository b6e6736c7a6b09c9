/**
 * ChidaoClient over one Temporal Client: the only place api/ and cli/ reach Temporal through.
 * Registration is idempotent (the directive workflow id comes from the document), actions are
 * updates (a rejected one changes nothing and says why in Vietnamese), lists are visibility queries.
 */
import { Client, WorkflowExecutionAlreadyStartedError, type WorkflowExecutionInfo } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { CalendarData } from '../calendar';
import { compileCalendarSetup, type CalendarSetup } from '../workflows/calendar-port';
import type { CivilDate, EscalationPolicy } from '../calendar/types';
import { DirectiveSpec } from '../directives/spec';
import { directiveWorkflow } from '../workflows/directive';
import type { DirectiveInput, DirectiveStatusView } from '../workflows/directive-types';
import { directiveWorkflowId } from '../workflows/ids';
import {
  acknowledgeUpdate,
  amendUpdate,
  cancelDirectiveUpdate,
  cancelUpdate,
  completeUpdate,
  decideExtensionUpdate,
  directiveViewQuery,
  reassignUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  taskViewQuery,
} from '../workflows/messages';
import { SA_AGENCIES, SA_DIRECTIVE, SA_KIND, SA_NEXT_DUE, SA_OVERDUE, SA_STATUS } from '../workflows/search-attributes';
import { directiveRefOf, taskInputOf, taskSlots, type TaskSlot } from '../workflows/slots';
import { taskWorkflow } from '../workflows/task';
import { DEFAULT_TASK_OPTIONS, type TaskOptions } from '../workflows/task-types';
import type { TaskStatus, TaskView } from '../workflows/types';
import type {
  ChidaoClient,
  DirectiveSummary,
  DirectiveView,
  OverdueByAgency,
  RegisterOptions,
  RegisterResult,
  TaskAction,
  TaskListFilter,
  TaskSummary,
} from './types';
import { ChidaoError, translate } from './errors';
import { listQuery } from './query';

export { ChidaoError } from './errors';
export { listQuery } from './query';

export interface ChidaoClientOptions {
  client: Client;
  taskQueue: string;
  /** Holiday schedules (config/holidays), read at each registration so a reload reaches new directives. */
  calendar?: CalendarSetup | (() => CalendarSetup);
  /** Older form: holiday schedules only (the default reporting calendar applies). Prefer `calendar`. */
  calendarData?: CalendarData | (() => CalendarData);
  /** Escalation policies by id; `defaultPolicyId` is used when a registration names none. */
  policies: Record<string, EscalationPolicy>;
  defaultPolicyId: string;
  taskOptions?: Partial<TaskOptions>;
  /** Close the underlying connection on close() (when the façade created it). */
  ownsConnection?: boolean;
}

const UPDATES = {
  acknowledge: acknowledgeUpdate,
  reportProgress: reportProgressUpdate,
  complete: completeUpdate,
  requestExtension: requestExtensionUpdate,
  decideExtension: decideExtensionUpdate,
  reassign: reassignUpdate,
  cancel: cancelUpdate,
} as const;

export function createChidaoClient(options: ChidaoClientOptions): ChidaoClient {
  const { client, taskQueue } = options;
  const taskOptions: TaskOptions = { ...DEFAULT_TASK_OPTIONS, ...options.taskOptions };
  const calendar = (): CalendarSetup => {
    if (options.calendar) return typeof options.calendar === 'function' ? options.calendar() : options.calendar;
    if (options.calendarData) return { data: typeof options.calendarData === 'function' ? options.calendarData() : options.calendarData };
    throw new ChidaoError('invalid', 'Thiếu cấu hình lịch nghỉ (calendar)');
  };

  const policyOf = (id?: string): EscalationPolicy => {
    const policy = options.policies[id ?? options.defaultPolicyId];
    if (!policy) throw new ChidaoError('invalid', `Không có chính sách nhắc việc "${id}"`);
    return policy;
  };

  /** The task workflows a registered directive has now (an amendment may have changed them since), by slot. */
  const currentSlots = async (directiveId: string): Promise<{ spec: DirectiveSpec; slots: TaskSlot[]; open: Set<string> } | null> => {
    try {
      const view = await client.workflow.getHandle(directiveId).query(directiveViewQuery);
      const current = new Set(view.tasks.filter((t) => t.state !== 'ended').map((t) => t.workflowId));
      const open = new Set(view.tasks.filter((t) => t.state === 'open').map((t) => t.workflowId));
      return { spec: view.spec, slots: taskSlots(directiveId, view.spec).filter((s) => current.has(s.workflowId)), open };
    } catch {
      return null;
    }
  };

  /** Starts the slots' task workflows; one already started (or finished) is left as it is. */
  const startTasks = async (directiveId: string, spec: DirectiveSpec, slots: TaskSlot[], input: DirectiveInput): Promise<void> => {
    const directive = directiveRefOf(directiveId, spec);
    await Promise.all(
      slots.map(async (slot) => {
        try {
          await client.workflow.start(taskWorkflow, {
            workflowId: slot.workflowId,
            taskQueue,
            args: [taskInputOf(slot, directive, input, { reportTo: directiveId })],
            // A task id is used once: a finished task is not restarted by a re-registration.
            workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
            workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }),
    );
  };

  const summaryOf = (info: Omit<WorkflowExecutionInfo, 'raw'>): TaskSummary => {
    const sa = info.typedSearchAttributes;
    const nextDue = sa.get(SA_NEXT_DUE);
    return {
      workflowId: info.workflowId,
      directiveId: sa.get(SA_DIRECTIVE) ?? '',
      agencyIds: sa.get(SA_AGENCIES) ?? [],
      status: (sa.get(SA_STATUS) ?? 'pending') as TaskStatus,
      nextDue: nextDue ? localDay(nextDue) : null,
      overdue: sa.get(SA_OVERDUE) ?? false,
      running: info.status.name === 'RUNNING',
    };
  };

  const directiveSummaryOf = (info: Omit<WorkflowExecutionInfo, 'raw'>, view?: DirectiveStatusView): DirectiveSummary => {
    const memo = (info.memo ?? {}) as Partial<DirectiveSummary>;
    const status = (info.typedSearchAttributes.get(SA_STATUS) ?? 'active') as DirectiveSummary['status'];
    return {
      directiveId: info.workflowId,
      number: view?.spec.document.number ?? memo.number ?? null,
      type: view?.spec.document.type ?? memo.type ?? 'Khác',
      subject: view?.spec.document.subject ?? memo.subject ?? null,
      issuedOn: view?.spec.document.issuedOn ?? memo.issuedOn ?? null,
      registeredAt: view?.registeredAt ?? info.startTime.toISOString(),
      status: view?.status ?? status,
      taskCount: view ? view.tasks.filter((t) => t.state !== 'ended').length : (memo.taskCount ?? 0),
    };
  };

  /** An update that failed because the workflow has closed says so, rather than "not found". */
  const explain = async (err: unknown, workflowId: string, what: string): Promise<unknown> => {
    const translated = translate(err, what);
    if (translated instanceof ChidaoError && translated.code === 'invalid') return translated;
    try {
      const info = await client.workflow.getHandle(workflowId).describe();
      if (info.status.name !== 'RUNNING') {
        return new ChidaoError('closed', `${what[0].toUpperCase()}${what.slice(1)} đã kết thúc, không nhận thêm thao tác`, { cause: err });
      }
    } catch {
      // not found either: keep the first translation
    }
    return translated;
  };

  const facade: ChidaoClient = {
    async register(spec: DirectiveSpec, opts: RegisterOptions = {}): Promise<RegisterResult> {
      const parsed = DirectiveSpec.safeParse(spec);
      if (!parsed.success) {
        throw new ChidaoError('invalid', `Văn bản không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      const directiveId = directiveWorkflowId(parsed.data);
      const slots = taskSlots(directiveId, parsed.data);
      const input: DirectiveInput = {
        directiveId,
        spec: parsed.data,
        text: opts.text ?? null,
        // The calendar compiled here, outside the workflow sandbox, into a table of days off from the year before the
        // document (earlier ones cannot matter to its deadlines) to at least issue year + 5 and the last configured
        // year (see compileCalendarSetup): workflows then compute no lunar dates to build it.
        calendar: compileCalendarSetup(calendar(), Number((parsed.data.document.issuedOn ?? new Date().toISOString()).slice(0, 4)) - 1),
        policy: policyOf(opts.policyId),
        options: taskOptions,
        taskQueue,
        tasksStartedByClient: true,
      };
      const doc = parsed.data.document;
      let created = true;
      try {
        // The directive first, its tasks next: once it exists, a registration that stopped half-way (a crash, a
        // lost connection) is completed by registering again, which starts whatever task is missing.
        await client.workflow.start(directiveWorkflow, {
          workflowId: directiveId,
          taskQueue,
          args: [input],
          // The same document registered twice changes nothing, even after the first has finished.
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: [
            { key: SA_KIND, value: 'directive' },
            { key: SA_DIRECTIVE, value: directiveId },
            { key: SA_AGENCIES, value: [...new Set(slots.map((s) => s.agencyId))] },
            { key: SA_STATUS, value: 'active' },
          ],
          memo: { number: doc.number, type: doc.type, subject: doc.subject, issuedOn: doc.issuedOn, taskCount: slots.length },
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        created = false;
      }
      if (created) {
        await startTasks(directiveId, parsed.data, slots, input);
        return { directiveId, created, taskWorkflowIds: slots.map((s) => s.workflowId) };
      }
      const current = await currentSlots(directiveId);
      if (!current) return { directiveId, created, taskWorkflowIds: slots.map((s) => s.workflowId) };
      await startTasks(directiveId, current.spec, current.slots.filter((s) => current.open.has(s.workflowId)), input);
      return { directiveId, created, taskWorkflowIds: current.slots.map((s) => s.workflowId) };
    },

    async amend(directiveId, spec) {
      try {
        await client.workflow.getHandle(directiveId).executeUpdate(amendUpdate, { args: [{ spec }] });
        const current = await currentSlots(directiveId);
        return { directiveId, created: false, taskWorkflowIds: (current?.slots ?? taskSlots(directiveId, spec)).map((s) => s.workflowId) };
      } catch (err) {
        throw await explain(err, directiveId, 'văn bản');
      }
    },

    async cancelDirective(directiveId, input) {
      try {
        await client.workflow.getHandle(directiveId).executeUpdate(cancelDirectiveUpdate, { args: [input] });
      } catch (err) {
        throw await explain(err, directiveId, 'văn bản');
      }
    },

    async act(taskWorkflowId: string, action: TaskAction): Promise<TaskView> {
      const update = UPDATES[action.type];
      if (!update) throw new ChidaoError('invalid', `Thao tác không hợp lệ: ${String((action as { type: unknown }).type)}`);
      try {
        return await client.workflow.getHandle(taskWorkflowId).executeUpdate(update as typeof acknowledgeUpdate, { args: [action.input as never] });
      } catch (err) {
        throw await explain(err, taskWorkflowId, 'nhiệm vụ');
      }
    },

    async status(taskWorkflowId) {
      try {
        return await client.workflow.getHandle(taskWorkflowId).query(taskViewQuery);
      } catch (err) {
        throw translate(err, 'nhiệm vụ');
      }
    },

    async directive(directiveId): Promise<DirectiveView> {
      try {
        const handle = client.workflow.getHandle(directiveId);
        const [info, view] = await Promise.all([handle.describe(), handle.query(directiveViewQuery)]);
        const tasks = await Promise.all(
          view.tasks
            .filter((t) => t.state !== 'ended')
            .map(async (t) => summaryOf(await client.workflow.getHandle(t.workflowId).describe())),
        );
        return { ...directiveSummaryOf(info, view), spec: view.spec, text: view.text, tasks };
      } catch (err) {
        throw translate(err, 'văn bản');
      }
    },

    async directives(filter = {}) {
      const out: DirectiveSummary[] = [];
      const q = filter.q?.toLowerCase();
      for await (const info of client.workflow.list({ query: `${SA_KIND.name} = "directive"` })) {
        const s = directiveSummaryOf(info);
        if (q && ![s.number, s.subject, s.directiveId].some((f) => f?.toLowerCase().includes(q))) continue;
        out.push(s);
        if (filter.limit && out.length >= filter.limit) break;
      }
      return out;
    },

    async list(filter: TaskListFilter = {}) {
      const out: TaskSummary[] = [];
      for await (const info of client.workflow.list({ query: listQuery(filter) })) {
        out.push(summaryOf(info));
        if (filter.limit && out.length >= filter.limit) break;
      }
      return out;
    },

    async overdueByAgency(): Promise<OverdueByAgency[]> {
      const groups = new Map<string, string[]>();
      const query = `${listQuery({ overdue: true })} AND ExecutionStatus = "Running"`;
      for await (const info of client.workflow.list({ query })) {
        for (const agency of info.typedSearchAttributes.get(SA_AGENCIES) ?? []) {
          groups.set(agency, [...(groups.get(agency) ?? []), info.workflowId]);
        }
      }
      return [...groups.entries()]
        .map(([agencyId, workflowIds]) => ({ agencyId, count: workflowIds.length, workflowIds: workflowIds.sort() }))
        .sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));
    },

    async close() {
      if (options.ownsConnection) await client.connection.close();
    },
  };
  return facade;
}

/** The civil day (UTC+7) of a ChidaoNextDue value (stored as the local start of the due day). */
function localDay(d: Date): CivilDate {
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
