/**
 * A task's reminders on their way out: when each send goes out (spread over its minute), its recipients looked up
 * ahead, the messages over each reachable channel, Zalo falling back to email, and sends still retrying withdrawn
 * once their occurrence closes. Outcomes go to the task's state and history through the model.
 */
import {
  ApplicationFailure,
  CancellationScope,
  isCancellation,
  patched,
  proxyActivities,
  type ActivityFailure,
  type ActivityInterfaceFor,
} from '@temporalio/workflow';
import type { ChidaoActivities, DeliveryRejectedType, DeliveryRejection, Recipient, ReminderMessage } from '../activities/contract';
import type { Channel, PlannedSend } from '../calendar/types';
import { isOpen, localDate, nextWakeMs, pendingSends, sendInstantMs } from './ladder';
import type { TaskModel } from './task-model';
import type { OccurrenceState } from './task-types';

/** activities/contract's DELIVERY_REJECTED, typed so that the two cannot drift: workflow code imports no activity values. */
const DELIVERY_REJECTED: DeliveryRejectedType = 'DeliveryRejected';

const resolver = proxyActivities<ChidaoActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 20 },
});

export class Delivery {
  private readonly sender: ActivityInterfaceFor<ChidaoActivities>;
  private readonly spreadSeconds: number;
  private readonly prepareAheadMs: number;
  /** Seeded by the task's identity from its input (not workflowInfo(), which a replay may be given otherwise). */
  private readonly spreadSeed: string;
  /** Asked many times per turn of the loop (sorting, the next wake); a plan's sends are fixed objects. */
  private readonly sendInstants = new WeakMap<PlannedSend, number>();
  /**
   * Recipients looked up ahead, by what decides them (a reassignment or a new policy makes a new key). Workflow
   * memory, not state: a replay rebuilds it from the recorded activity results; a new run looks up again.
   */
  private readonly prepared = new Map<string, Recipient[] | null>();
  /** Sends in flight (a mail server down can keep one retrying for hours). */
  private readonly inFlight = new Set<{ occ: OccurrenceState; scope: CancellationScope }>();

  constructor(private readonly model: TaskModel) {
    const { input } = model;
    // A mail server or Zalo down for hours must delay a reminder, not lose it: retry every ≤ 10 minutes for up to
    // 12 hours, then record the failure (a rejected address or phone is not retried at all). Activity options are
    // not part of replay's determinism check, so running workflows pick this up without a patch.
    this.sender = proxyActivities<ChidaoActivities>({
      startToCloseTimeout: input.options.sendTimeout,
      scheduleToCloseTimeout: '12 hours',
      retry: {
        initialInterval: '10 seconds',
        backoffCoefficient: 2,
        maximumInterval: '10 minutes', // no attempt limit: scheduleToCloseTimeout bounds the retries
        nonRetryableErrorTypes: [DELIVERY_REJECTED],
      },
    });
    // When each send goes out, and recipients looked up ahead of it (both absent from inputs of older workflows,
    // which then keep their behaviour: on the minute, looked up at the instant).
    this.spreadSeconds = input.options.sendSpreadSeconds ?? 0;
    this.prepareAheadMs = (input.options.prepareMinutesAhead ?? 0) * 60_000;
    this.spreadSeed = `${input.directive.id}/${input.task.id}/${input.agencyId}`;
  }

  readonly sendAt = (s: PlannedSend): number => {
    let ms = this.sendInstants.get(s);
    if (ms === undefined) this.sendInstants.set(s, (ms = sendInstantMs(s, this.spreadSeconds, this.spreadSeed)));
    return ms;
  };

  /** Carries out the sends due by `t`, earliest first; false when none was. */
  async sendDue(t: number): Promise<boolean> {
    const dueNow: [OccurrenceState, PlannedSend][] = [];
    for (const o of this.model.state.occurrences) for (const s of pendingSends(o)) if (this.sendAt(s) <= t) dueNow.push([o, s]);
    if (dueNow.length === 0) return false;
    dueNow.sort((a, b) => this.sendAt(a[1]) - this.sendAt(b[1]));
    for (const [o, s] of dueNow) {
      // An earlier send's wait may have let an action close the occurrence or re-plan it.
      if (!isOpen(o) || o.done.includes(s.key) || !o.plan.some((p) => p.key === s.key)) continue;
      await this.carryOut(o, s);
      o.done.push(s.key);
    }
    return true;
  }

  /** Looks up the recipients of sends coming within the lead, so that at their instant only the send remains. */
  async prepareAhead(t: number): Promise<boolean> {
    if (this.prepareAheadMs <= 0) return false;
    const toPrepare = this.model.state.occurrences
      .flatMap(pendingSends)
      .filter((s) => this.sendAt(s) - this.prepareAheadMs <= t && !this.prepared.has(this.preparedKey(s)));
    if (toPrepare.length === 0) return false;
    // Looked up once; a failed look-up (null) is tried again at the instant.
    await Promise.all(toPrepare.map(async (s) => this.prepared.set(this.preparedKey(s), await this.lookUp(s).catch(() => null))));
    return true;
  }

  /** The next planned send, deadline end or look-up ahead; null when there is none. */
  nextWake(): number | null {
    let wake = nextWakeMs(this.model.state, this.sendAt);
    if (this.prepareAheadMs > 0) {
      for (const s of this.model.state.occurrences.flatMap(pendingSends)) {
        const lookUpAt = this.sendAt(s) - this.prepareAheadMs;
        if (!this.prepared.has(this.preparedKey(s)) && (wake === null || lookUpAt < wake)) wake = lookUpAt;
      }
    }
    return wake;
  }

  /**
   * An action that closed an occurrence withdraws its sends in flight: a completed task must not get the reminder
   * it was owed before. patched(): histories from before this kept sending; replaying them must not cancel.
   */
  withdrawSendsOfClosed(): void {
    for (const f of this.inFlight) if (!isOpen(f.occ) && patched('withdraw-sends-of-closed-occurrences')) f.scope.cancel();
  }

  private preparedKey(send: PlannedSend): string {
    const { agencyId, coordinatorAgencyIds } = this.model.state;
    return `${send.key}|${agencyId}|${send.recipients.join(',')}|${send.copyCoordinators ? coordinatorAgencyIds.join(',') : ''}`;
  }

  private lookUp(send: PlannedSend): Promise<Recipient[]> {
    const { agencyId, coordinatorAgencyIds } = this.model.state;
    return resolver.resolveRecipients({ agencyId, roles: send.recipients, coordinatorAgencyIds: send.copyCoordinators ? coordinatorAgencyIds : [] });
  }

  private async carryOut(occ: OccurrenceState, send: PlannedSend): Promise<void> {
    const recipients = this.prepared.get(this.preparedKey(send)) ?? (await this.lookUp(send));
    this.prepared.delete(this.preparedKey(send));
    if (!isOpen(occ)) return;
    const flight = { occ, scope: new CancellationScope() };
    this.inFlight.add(flight);
    try {
      await flight.scope.run(async () => {
        const sends: Promise<void>[] = [];
        for (const r of recipients) {
          const reachable = send.channels.filter((c) => (c === 'email' ? !!r.email : !!(r.zaloUserId || r.phone)));
          if (reachable.length > 0) for (const c of reachable) sends.push(this.deliver(occ, send, r, c));
          else if (r.email) sends.push(this.deliver(occ, send, r, 'email', 'zalo'));
          else this.model.event('reminder-failed', occ, null, `Không có địa chỉ để gửi tới ${r.name}`, { contactId: r.contactId, stepId: send.stepId });
        }
        if (recipients.length === 0) this.model.event('reminder-failed', occ, null, `Không tìm thấy người nhận cho bước ${send.stepId}`, { stepId: send.stepId });
        await Promise.allSettled(sends);
        for (const s of sends) await s; // rethrows a withdrawal once every send has settled
      });
    } catch (err) {
      if (!isCancellation(err)) throw err;
      this.model.event('reminder-withdrawn', occ, null, `Ngừng gửi nhắc việc (${send.stepId}) đang chờ gửi lại: nhiệm vụ đã kết thúc`, { stepId: send.stepId });
    } finally {
      this.inFlight.delete(flight);
    }
  }

  /** One message over one channel; a failed Zalo message falls back to email when the step did not email them. */
  private async deliver(occ: OccurrenceState, send: PlannedSend, r: Recipient, channel: Channel, fallbackFrom?: Channel): Promise<void> {
    const { model } = this;
    const dedupeKey = `${model.workflowId}/${send.key}/${r.contactId}/${channel}`;
    const record = { dedupeKey, stepId: send.stepId, recipient: r.contactId, channel };
    try {
      const message = this.message(occ, send, r, channel, dedupeKey);
      const res = channel === 'email' ? await this.sender.sendEmail(message) : await this.sender.sendZalo(message);
      model.state.reminders.push({ ...record, at: model.nowIso(), status: 'sent', messageId: res.messageId });
      const what = send.kind === 'late-notice' ? 'thông báo quá hạn' : 'nhắc việc';
      model.event('reminder-sent', occ, null, `Đã gửi ${what} (${send.stepId}) qua ${channelName(channel)} tới ${r.name}${fallbackFrom ? ' (thay cho Zalo)' : ''}`, {
        dedupeKey,
        channel,
        stepId: send.stepId,
      });
    } catch (err) {
      if (isCancellation(err)) throw err; // withdrawn: carryOut records it once for the step
      const rejection = rejectionOf(err);
      const reason = rejection ? `${rejection.reason}: ${rejection.detail}` : errorMessage(err);
      const canFallBack = channel === 'zalo' && (rejection?.fallback ?? true) && !!r.email && !send.channels.includes('email');
      model.state.reminders.push({ ...record, at: model.nowIso(), status: canFallBack ? 'fallback' : 'failed', reason });
      if (canFallBack) {
        model.event('reminder-fallback', occ, null, `Zalo không gửi được tới ${r.name} (${reason}); chuyển sang email`, { dedupeKey, reason });
        await this.deliver(occ, send, r, 'email', 'zalo');
      } else {
        model.event('reminder-failed', occ, null, `Không gửi được ${channelName(channel)} tới ${r.name}: ${reason}`, { dedupeKey, reason, channel });
      }
    }
  }

  private message(occ: OccurrenceState, send: PlannedSend, recipient: Recipient, channel: Channel, dedupeKey: string): ReminderMessage {
    const { input, state } = this.model;
    return {
      dedupeKey,
      kind: send.kind,
      taskWorkflowId: this.model.workflowId,
      directive: input.directive,
      task: { id: state.task.id, text: state.task.text, phrase: occ.phrase, agencyId: state.agencyId, agencyName: state.agencyName },
      occurrence: { index: occ.index, nominal: occ.nominal, due: occ.due, time: occ.time },
      step: { id: send.stepId, offsetWorkingDays: send.offsetWorkingDays },
      workingDaysLeft: occ.due ? this.model.cal().workingDaysBetween(localDate(this.model.now()), occ.due) : null,
      scheduledAt: new Date(this.sendAt(send)).toISOString(),
      recipient,
      channel,
    };
  }
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
