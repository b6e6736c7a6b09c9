/**
 * Task workflow: one obligation of one lead agency. Holds the occurrences (one per date, or an endless
 * series), walks each one's reminder ladder with durable timers, takes the agencies' and supervisors'
 * actions as validated updates, answers the full view as a query, and continues as new to keep a
 * recurring series' history bounded.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  type ActivityFailure,
} from '@temporalio/workflow';
import type { ChidaoActivities, DeliveryRejectedType, DeliveryRejection, Recipient, ReminderMessage } from '../activities/contract';
import type { Channel, PlannedSend } from '../calendar/types';
import { calendarPort } from './calendar-port';
import { dueEndMs, initialOccurrences, isOpen, localDate, materializeSeries, nextWakeMs, pendingSends, sendInstantMs, taskStatus } from './ladder';
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
import type { OccurrenceState, TaskInput, TaskResult, TaskState } from './task-types';
import type { TaskView } from './types';

/** activities/contract's DELIVERY_REJECTED, typed so that the two cannot drift: workflow code imports no activity values. */
const DELIVERY_REJECTED: DeliveryRejectedType = 'DeliveryRejected';

const resolver = proxyActivities<ChidaoActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 20 },
});

export async function taskWorkflow(input: TaskInput): Promise<TaskResult> {
  const info = workflowInfo();
  // Tasks the client starts learn it here, on their first run, and hand it to the next runs.
  const registeredAt = input.registeredAt ?? new Date(Date.now()).toISOString();
  const first = !input.state;
  const state: TaskState = input.state ?? {
    run: 1,
    origin: input.options.timeOrigin ? Date.parse(input.options.timeOrigin) : Date.now(),
    agencyId: input.agencyId,
    agencyName: input.agencyName,
    coordinatorAgencyIds: input.coordinatorAgencyIds,
    task: input.task,
    calendar: input.calendar,
    policy: input.policy,
    occurrences: [],
    series: [],
    nextIndex: 0,
    archived: { closed: 0, missed: 0 },
    cancelled: null,
    history: [],
    reminders: [],
    historyDropped: 0,
  };
  const scale = input.options.timeScale > 0 ? input.options.timeScale : 1;
  const now = () => state.origin + (Date.now() - state.origin) * scale;
  const cal = () => calendarPort(state.calendar);
  const model = new TaskModel(input, state, info.workflowId, cal, now);
  // A mail server or Zalo down for hours must delay a reminder, not lose it: retry every ≤ 10 minutes for up to
  // 12 hours, then record the failure (a rejected address or phone is not retried at all). Activity options are
  // not part of replay's determinism check, so running workflows pick this up without a patch.
  const sender = proxyActivities<ChidaoActivities>({
    startToCloseTimeout: input.options.sendTimeout,
    scheduleToCloseTimeout: '12 hours',
    retry: {
      initialInterval: '10 seconds',
      backoffCoefficient: 2,
      maximumInterval: '10 minutes', // no attempt limit: scheduleToCloseTimeout bounds the retries
      nonRetryableErrorTypes: [DELIVERY_REJECTED],
    },
  });

  let changed = false;
  let materializedThisRun = 0;

  // When each send goes out, and recipients looked up ahead of it (both absent from inputs of older workflows,
  // which then keep their behaviour: on the minute, looked up at the instant).
  const spreadSeconds = input.options.sendSpreadSeconds ?? 0;
  const prepareAheadMs = (input.options.prepareMinutesAhead ?? 0) * 60_000;
  // Seeded by the task's identity from its input (not workflowInfo(), which a replay may be given otherwise).
  const spreadSeed = `${input.directive.id}/${input.task.id}/${input.agencyId}`;
  // Asked many times per turn of the loop (sorting, the next wake); a plan's sends are fixed objects.
  const sendInstants = new WeakMap<PlannedSend, number>();
  const sendAt = (s: PlannedSend) => {
    let ms = sendInstants.get(s);
    if (ms === undefined) sendInstants.set(s, (ms = sendInstantMs(s, spreadSeconds, spreadSeed)));
    return ms;
  };
  // Recipients looked up ahead, by what decides them (a reassignment or a new policy makes a new key). Workflow
  // memory, not state: a replay rebuilds it from the recorded activity results; a new run looks up again.
  const prepared = new Map<string, Recipient[] | null>();
  const preparedKey = (send: PlannedSend) => `${send.key}|${state.agencyId}|${send.recipients.join(',')}|${send.copyCoordinators ? state.coordinatorAgencyIds.join(',') : ''}`;

  // Search attributes: upserted whenever the status, next due or overdue flag moves.
  let lastSa = '';
  const publish = () => {
    const attributes = taskSearchAttributes(model.view());
    const key = searchAttributesKey(attributes);
    if (key === lastSa) return;
    lastSa = key;
    upsertSearchAttributes(attributes);
  };
  // Sends in flight (a mail server down can keep one retrying for hours). An action that closes the occurrence
  // withdraws them: a completed task must not get the reminder it was owed before. patched(): histories from before
  // this kept sending; replaying them must not cancel.
  const inFlight = new Set<{ occ: OccurrenceState; scope: CancellationScope }>();
  const withdrawSendsOfClosed = () => {
    for (const f of inFlight) if (!isOpen(f.occ) && patched('withdraw-sends-of-closed-occurrences')) f.scope.cancel();
  };
  const touched = (): TaskView => {
    changed = true;
    withdrawSendsOfClosed();
    publish();
    return model.view();
  };

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

  setHandler(replanSignal, (r) => {
    if (r.calendar) state.calendar = r.calendar;
    if (r.policy) state.policy = r.policy;
    model.replan(r.reason ?? (r.policy ? 'đổi chính sách nhắc việc' : 'đổi lịch nghỉ'));
    touched();
  });
  setHandler(endTaskSignal, (c) => {
    if (state.cancelled) return;
    try {
      model.cancel({ ...c });
    } catch (err) {
      log.warn('endTask ignored', { error: String(err) });
    }
    touched();
  });
  setHandler(amendTaskSignal, (a) => {
    state.task = a.task;
    state.coordinatorAgencyIds = a.coordinatorAgencyIds;
    // Deadlines that changed: close the open occurrences that came from the old deadlines, start the new ones.
    const fresh = initialOccurrences(a.task.deadlines, cal(), new Date(now()).toISOString(), input.directive.issuedOn, input.options);
    const key = (o: { nominal: string | null; due: string | null }) => `${o.nominal}|${o.due}`;
    const kept = new Set(state.occurrences.filter(isOpen).map(key));
    const wanted = new Set(fresh.occurrences.map(key));
    for (const o of state.occurrences) if (isOpen(o) && o.rev === 0 && !wanted.has(key(o))) o.closed = 'cancelled';
    const added: OccurrenceState[] = [];
    for (const o of fresh.occurrences) {
      if (kept.has(key(o))) continue;
      const occ = { ...o, index: state.nextIndex++ };
      state.occurrences.push(occ);
      added.push(occ);
    }
    state.series = fresh.series;
    model.planNew(added, false);
    model.event('amended', null, null, 'Văn bản được đính chính: cập nhật nội dung và thời hạn nhiệm vụ', {
      added: added.length,
    });
    touched();
  });

  if (first) {
    const init = initialOccurrences(input.task.deadlines, cal(), registeredAt, input.directive.issuedOn, input.options);
    state.occurrences = init.occurrences;
    state.series = init.series;
    state.nextIndex = init.nextIndex;
    materializeSeries(state, cal(), Date.parse(registeredAt), registeredAt);
    model.planNew(state.occurrences, true);
    model.event('registered', null, null, `Đăng ký nhiệm vụ cho ${state.agencyName}`, {
      occurrences: state.occurrences.map((o) => o.due),
    });
  } else {
    state.run += 1;
  }
  publish();

  const resolveRecipientsFor = (send: PlannedSend) =>
    resolver.resolveRecipients({
      agencyId: state.agencyId,
      roles: send.recipients,
      coordinatorAgencyIds: send.copyCoordinators ? state.coordinatorAgencyIds : [],
    });

  const message = (occ: OccurrenceState, send: PlannedSend, recipient: Recipient, channel: Channel, dedupeKey: string): ReminderMessage => ({
    dedupeKey,
    kind: send.kind,
    taskWorkflowId: info.workflowId,
    directive: input.directive,
    task: { id: state.task.id, text: state.task.text, phrase: occ.phrase, agencyId: state.agencyId, agencyName: state.agencyName },
    occurrence: { index: occ.index, nominal: occ.nominal, due: occ.due, time: occ.time },
    step: { id: send.stepId, offsetWorkingDays: send.offsetWorkingDays },
    workingDaysLeft: occ.due ? cal().workingDaysBetween(localDate(now()), occ.due) : null,
    scheduledAt: new Date(sendAt(send)).toISOString(),
    recipient,
    channel,
  });

  const deliver = async (occ: OccurrenceState, send: PlannedSend, r: Recipient, channel: Channel, fallbackFrom?: Channel): Promise<void> => {
    const dedupeKey = `${info.workflowId}/${send.key}/${r.contactId}/${channel}`;
    const record = { dedupeKey, stepId: send.stepId, recipient: r.contactId, channel };
    try {
      const res = channel === 'email' ? await sender.sendEmail(message(occ, send, r, channel, dedupeKey)) : await sender.sendZalo(message(occ, send, r, channel, dedupeKey));
      state.reminders.push({ ...record, at: new Date(now()).toISOString(), status: 'sent', messageId: res.messageId });
      model.event('reminder-sent', occ, null, `Đã gửi ${send.kind === 'late-notice' ? 'thông báo quá hạn' : 'nhắc việc'} (${send.stepId}) qua ${channelName(channel)} tới ${r.name}${fallbackFrom ? ' (thay cho Zalo)' : ''}`, {
        dedupeKey,
        channel,
        stepId: send.stepId,
      });
    } catch (err) {
      if (isCancellation(err)) throw err; // withdrawn: carryOut records it once for the step
      const rejection = rejectionOf(err);
      const reason = rejection ? `${rejection.reason}: ${rejection.detail}` : errorMessage(err);
      const canFallBack = channel === 'zalo' && (rejection?.fallback ?? true) && !!r.email && !send.channels.includes('email');
      state.reminders.push({ ...record, at: new Date(now()).toISOString(), status: canFallBack ? 'fallback' : 'failed', reason });
      if (canFallBack) {
        model.event('reminder-fallback', occ, null, `Zalo không gửi được tới ${r.name} (${reason}); chuyển sang email`, { dedupeKey, reason });
        await deliver(occ, send, r, 'email', 'zalo');
      } else {
        model.event('reminder-failed', occ, null, `Không gửi được ${channelName(channel)} tới ${r.name}: ${reason}`, { dedupeKey, reason, channel });
      }
    }
  };

  const carryOut = async (occ: OccurrenceState, send: PlannedSend): Promise<void> => {
    const recipients = prepared.get(preparedKey(send)) ?? (await resolveRecipientsFor(send));
    prepared.delete(preparedKey(send));
    if (!isOpen(occ)) return;
    const flight = { occ, scope: new CancellationScope() };
    inFlight.add(flight);
    try {
      await flight.scope.run(async () => {
        const sends: Promise<void>[] = [];
        for (const r of recipients) {
          const reachable = send.channels.filter((c) => (c === 'email' ? !!r.email : !!(r.zaloUserId || r.phone)));
          if (reachable.length === 0) {
            if (r.email) sends.push(deliver(occ, send, r, 'email', 'zalo'));
            else {
              model.event('reminder-failed', occ, null, `Không có địa chỉ để gửi tới ${r.name}`, { contactId: r.contactId, stepId: send.stepId });
            }
            continue;
          }
          for (const c of reachable) sends.push(deliver(occ, send, r, c));
        }
        if (recipients.length === 0) model.event('reminder-failed', occ, null, `Không tìm thấy người nhận cho bước ${send.stepId}`, { stepId: send.stepId });
        await Promise.allSettled(sends);
        for (const s of sends) await s; // rethrows a withdrawal once every send has settled
      });
    } catch (err) {
      if (!isCancellation(err)) throw err;
      model.event('reminder-withdrawn', occ, null, `Ngừng gửi nhắc việc (${send.stepId}) đang chờ gửi lại: nhiệm vụ đã kết thúc`, { stepId: send.stepId });
    } finally {
      inFlight.delete(flight);
    }
  };

  // Main loop: wake at the next planned send or deadline, or when a message changed something.
  for (;;) {
    const t = now();
    const added = materializeSeries(state, cal(), t, registeredAt);
    if (added.length) {
      materializedThisRun += added.length;
      model.planNew(added, false);
    }
    for (const o of state.occurrences) {
      if (isOpen(o) && o.due && !o.overdue && t >= dueEndMs(o.due, o.time)) {
        o.overdue = true;
        model.event('overdue', o, null, `Quá hạn ${o.due.split('-').reverse().join('/')}`);
      }
    }
    publish();

    const dueNow: [OccurrenceState, PlannedSend][] = [];
    for (const o of state.occurrences) for (const s of pendingSends(o)) if (sendAt(s) <= t) dueNow.push([o, s]);
    dueNow.sort((a, b) => sendAt(a[1]) - sendAt(b[1]));
    if (dueNow.length > 0) {
      for (const [o, s] of dueNow) {
        if (!isOpen(o) || o.done.includes(s.key) || !o.plan.some((p) => p.key === s.key)) continue;
        await carryOut(o, s);
        o.done.push(s.key);
      }
      continue;
    }

    if (state.cancelled || (state.series.length === 0 && !state.occurrences.some(isOpen))) break;

    // Look up the recipients of sends coming within the lead, so that at their instant only the send remains.
    const toPrepare = prepareAheadMs > 0 ? state.occurrences.flatMap(pendingSends).filter((s) => sendAt(s) - prepareAheadMs <= t && !prepared.has(preparedKey(s))) : [];
    if (toPrepare.length > 0) {
      await Promise.all(
        // Looked up once; a failed look-up (null) is tried again at the instant.
        toPrepare.map(async (s) => prepared.set(preparedKey(s), await resolveRecipientsFor(s).catch(() => null))),
      );
      continue;
    }

    if (state.series.length > 0 && (materializedThisRun >= input.options.occurrencesPerRun || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      return await continueAsNew<typeof taskWorkflow>({ ...input, registeredAt, state: handOver(state, input.options.historyLimit) });
    }

    let wake = nextWakeMs(state, sendAt);
    if (prepareAheadMs > 0) {
      for (const s of state.occurrences.flatMap(pendingSends)) {
        if (!prepared.has(preparedKey(s)) && (wake === null || sendAt(s) - prepareAheadMs < wake)) wake = sendAt(s) - prepareAheadMs;
      }
    }
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

/** The state a new run starts from: open occurrences (the newest overdue ones), the last closed ones, recent history. */
export function handOver(state: TaskState, historyLimit: number): TaskState {
  const KEEP_CLOSED = 3;
  const KEEP_OVERDUE = 6;
  const byIndexDesc = [...state.occurrences].sort((a, b) => b.index - a.index);
  const closed = byIndexDesc.filter((o) => !isOpen(o));
  const openOverdueDone = byIndexDesc.filter((o) => isOpen(o) && o.overdue && o.plan.every((p) => o.done.includes(p.key)));
  const keep = new Set<OccurrenceState>([
    ...byIndexDesc.filter((o) => isOpen(o) && !openOverdueDone.includes(o)),
    ...openOverdueDone.slice(0, KEEP_OVERDUE),
    ...closed.slice(0, KEEP_CLOSED),
  ]);
  const dropped = state.history.length > historyLimit ? state.history.length - historyLimit : 0;
  return {
    ...state,
    occurrences: state.occurrences.filter((o) => keep.has(o)),
    archived: {
      closed: state.archived.closed + Math.max(0, closed.length - KEEP_CLOSED),
      missed: state.archived.missed + Math.max(0, openOverdueDone.length - KEEP_OVERDUE),
    },
    history: state.history.slice(dropped),
    reminders: state.reminders.slice(Math.max(0, state.reminders.length - historyLimit)),
    historyDropped: state.historyDropped + dropped,
  };
}

function channelName(c: Channel): string {
  return c === 'email' ? 'email' : 'Zalo';
}

function rejectionOf(err: unknown): DeliveryRejection | null {
  const cause = (err as ActivityFailure | undefined)?.cause;
  if (cause instanceof ApplicationFailure && cause.type === DELIVERY_REJECTED) {
    return (cause.details?.[0] as DeliveryRejection | undefined) ?? null;
  }
  return null;
}

function errorMessage(err: unknown): string {
  const cause = (err as ActivityFailure | undefined)?.cause;
  return (cause as Error | undefined)?.message ?? (err as Error)?.message ?? String(err);
}
