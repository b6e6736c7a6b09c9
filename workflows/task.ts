/**
 * Task workflow: one obligation of one lead agency. Holds the occurrences (one per date, or an endless
 * series), walks each one's reminder ladder with durable timers, takes the agencies' and supervisors'
 * actions as validated updates, answers the full view as a query, and continues as new to keep a
 * recurring series' history bounded. The rules live in task-model.ts, the sends in delivery.ts.
 */
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { calendarPort } from './calendar-port';
import { Delivery } from './delivery';
import { taskStatus } from './ladder';
import {
  acknowledgeUpdate,
  amendTaskSignal,
  cancelUpdate,
  completeUpdate,
  decideExtensionUpdate,
  endTaskSignal,
  reassignUpdate,
  replanSignal,
  reportProgressUpdate,
  requestExtensionUpdate,
  taskClosedSignal,
  taskViewQuery,
} from './messages';
import { searchAttributesKey, taskSearchAttributes } from './search-attributes';
import { TaskModel } from './task-model';
import { handOver, initialTaskState } from './task-state';
import type { TaskInput, TaskResult } from './task-types';
import type { TaskView } from './types';

export async function taskWorkflow(input: TaskInput): Promise<TaskResult> {
  const info = workflowInfo();
  // Tasks the client starts learn it here, on their first run, and hand it to the next runs.
  const registeredAt = input.registeredAt ?? new Date(Date.now()).toISOString();
  const first = !input.state;
  const state = input.state ?? initialTaskState(input);
  const scale = input.options.timeScale > 0 ? input.options.timeScale : 1;
  const now = () => state.origin + (Date.now() - state.origin) * scale;
  const model = new TaskModel(input, state, info.workflowId, () => calendarPort(state.calendar), now);
  const delivery = new Delivery(model);
  let changed = false;
  let materializedThisRun = 0;

  // Search attributes: upserted whenever the status, next due or overdue flag moves.
  let lastSa = '';
  const publish = () => {
    const attributes = taskSearchAttributes(model.view());
    const key = searchAttributesKey(attributes);
    if (key === lastSa) return;
    lastSa = key;
    upsertSearchAttributes(attributes);
  };
  const touched = (): TaskView => {
    changed = true;
    delivery.withdrawSendsOfClosed();
    publish();
    return model.view();
  };

  wireMessages(model, touched);

  if (first) model.register(registeredAt);
  else state.run += 1;
  publish();

  // Main loop: wake at the next planned send, look-up or deadline, or when a message changed something.
  for (;;) {
    const t = now();
    materializedThisRun += model.materialize(t, registeredAt);
    model.markOverdue(t);
    publish();
    if (await delivery.sendDue(t)) continue;
    if (model.finished()) break;
    if (await delivery.prepareAhead(t)) continue;
    if (state.series.length > 0 && (materializedThisRun >= input.options.occurrencesPerRun || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      return await continueAsNew<typeof taskWorkflow>({ ...input, registeredAt, state: handOver(state, input.options.historyLimit) });
    }
    const wake = delivery.nextWake();
    changed = false;
    if (wake === null) await condition(() => changed);
    else await condition(() => changed, Math.max(1, Math.ceil((wake - t) / scale)));
  }

  await condition(allHandlersFinished);
  publish();
  if (input.reportTo) {
    // The directive closes once all its tasks have; one that is gone (terminated by an operator) is not an error here.
    await getExternalWorkflowHandle(input.reportTo)
      .signal(taskClosedSignal, { workflowId: info.workflowId })
      .catch((err: unknown) => log.warn('directive not told of the close', { directive: input.reportTo, error: String(err) }));
  }
  return { status: taskStatus(state), occurrences: state.occurrences.length + state.archived.closed + state.archived.missed, run: state.run };
}

/** The task's messages, each to the model's rule; `touched` after every change (withdraws sends, publishes). */
function wireMessages(model: TaskModel, touched: () => TaskView): void {
  // Updates: validator = check (throws, changes nothing); handler = apply.
  const validate = (check: (raw: unknown) => unknown) => (raw: unknown) => void check.call(model, raw);
  setHandler(acknowledgeUpdate, (i) => (model.acknowledge(i), touched()), { validator: validate(model.checkAcknowledge) });
  setHandler(reportProgressUpdate, (i) => (model.reportProgress(i), touched()), { validator: validate(model.checkReportProgress) });
  setHandler(completeUpdate, (i) => (model.complete(i), touched()), { validator: validate(model.checkComplete) });
  setHandler(requestExtensionUpdate, (i) => (model.requestExtension(i), touched()), { validator: validate(model.checkRequestExtension) });
  setHandler(decideExtensionUpdate, (i) => (model.decideExtension(i), touched()), { validator: validate(model.checkDecideExtension) });
  setHandler(reassignUpdate, (i) => (model.reassign(i), touched()), { validator: validate(model.checkReassign) });
  setHandler(cancelUpdate, (i) => (model.cancel(i), touched()), { validator: validate(model.checkCancel) });
  setHandler(taskViewQuery, () => model.view());

  // Signals from the directive (and its operators): nobody awaits an answer, so a refused end is only logged.
  setHandler(replanSignal, (r) => void (model.replan(r), touched()));
  setHandler(amendTaskSignal, (a) => void (model.amend(a), touched()));
  setHandler(endTaskSignal, (c) => {
    if (model.state.cancelled) return;
    try {
      model.cancel({ ...c });
    } catch (err) {
      log.warn('endTask ignored', { error: String(err) });
    }
    touched();
  });
}
