/**
 * The reminder plan of one deadline: when each rung of an escalation ladder goes out.
 *
 * The rule, exactly:
 * 1. base = dueOf(due): the deadline's working day (Civil Code art. 148 khoản 5).
 * 2. Each step is sent on addWorkingDays(base, step.offsetWorkingDays) at policy.sendAt, local time (UTC+7).
 *    If the deadline has a clock time earlier than sendAt ("trước 07:30 ngày D"), the offset-0 step goes out on the
 *    working day before base, so the "due today" reminder precedes the deadline.
 * 3. Steps whose instant is strictly before registeredAt are past. They are not replayed: if there is at least one,
 *    a single 'late-notice' send replaces them all, at the next office slot — the same day at sendAt if
 *    registeredAt is on a working day no later than sendAt (to the millisecond), otherwise sendAt of the next
 *    working day. It carries
 *    the union of the past steps' recipients and channels (every person the ladder would already have told), the
 *    offset of the latest past step, and copies coordinators if any past step did.
 * 4. Steps at or after registeredAt are kept as they are, so none is before registration.
 * 5. The plan is sorted by instant; at the same instant the late notice comes first, then by offset.
 * Keys are `${keyPrefix}/${stepId}` and `${keyPrefix}/late-notice`: unique within the plan (step ids must be unique)
 * and stable across re-plans, so that after a holiday change a workflow can re-plan and skip keys already sent.
 */
import { CHANNELS, RECIPIENT_ROLES } from './roles';
import type { ClockTime, EscalationPolicy, Instant, PlannedSend, CivilDate } from './types';
import { clockMinutes, instantToLocal, localToInstant } from './impl/civil';

export interface PlanInput {
  due: CivilDate;
  time?: ClockTime | null;
  policy: EscalationPolicy;
  registeredAt: Instant;
  keyPrefix: string;
}

export const LATE_NOTICE_STEP_ID = 'late-notice';

/** Office hours in which a send may be scheduled (local time): policies must send within them. */
export const OFFICE_HOURS = { start: '07:00', end: '17:00' } as const;

export interface WorkingDayRules {
  isWorkingDay(d: CivilDate): boolean;
  nextWorkingDay(d: CivilDate): CivilDate;
  addWorkingDays(d: CivilDate, n: number): CivilDate;
  dueOf(nominal: CivilDate): CivilDate;
}

/** Throws a Vietnamese message naming the field when a policy cannot produce a sensible plan. */
export function checkPolicy(policy: EscalationPolicy): void {
  const minutes = clockMinutes(policy.sendAt);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(policy.sendAt) || minutes < clockMinutes(OFFICE_HOURS.start) || minutes > clockMinutes(OFFICE_HOURS.end)) {
    throw new RangeError(
      `chính sách ${policy.id}: sendAt "${policy.sendAt}" phải trong giờ hành chính ${OFFICE_HOURS.start}–${OFFICE_HOURS.end}`,
    );
  }
  const seen = new Set<string>();
  for (const [i, step] of policy.steps.entries()) {
    if (step.id === LATE_NOTICE_STEP_ID) throw new RangeError(`chính sách ${policy.id}: steps[${i}].id "${step.id}" là tên dành riêng`);
    if (seen.has(step.id)) throw new RangeError(`chính sách ${policy.id}: steps[${i}].id "${step.id}" bị trùng`);
    seen.add(step.id);
  }
}

function union<T extends string>(order: readonly T[], lists: T[][]): T[] {
  const all = new Set(lists.flat());
  return order.filter((x) => all.has(x));
}

export function planRemindersWith(cal: WorkingDayRules, input: PlanInput): PlannedSend[] {
  const { policy, keyPrefix } = input;
  checkPolicy(policy);
  const registeredMs = Date.parse(input.registeredAt);
  if (Number.isNaN(registeredMs)) throw new RangeError(`registeredAt không hợp lệ: "${input.registeredAt}"`);
  const base = cal.dueOf(input.due);
  const earlyDeadline = input.time != null && clockMinutes(input.time) < clockMinutes(policy.sendAt);

  const all: PlannedSend[] = policy.steps.map((step) => {
    let day = cal.addWorkingDays(base, step.offsetWorkingDays);
    if (step.offsetWorkingDays === 0 && earlyDeadline) day = cal.addWorkingDays(base, -1);
    return {
      at: localToInstant(day, policy.sendAt),
      kind: 'reminder',
      stepId: step.id,
      offsetWorkingDays: step.offsetWorkingDays,
      recipients: [...step.recipients],
      channels: [...step.channels],
      copyCoordinators: step.copyCoordinators ?? false,
      key: `${keyPrefix}/${step.id}`,
    };
  });

  const past = all.filter((s) => Date.parse(s.at) < registeredMs);
  const plan = all.filter((s) => Date.parse(s.at) >= registeredMs);
  if (past.length > 0) {
    const local = instantToLocal(input.registeredAt);
    const sameDay = cal.isWorkingDay(local.date) && Date.parse(localToInstant(local.date, policy.sendAt)) >= registeredMs;
    const slotDay = sameDay ? local.date : cal.nextWorkingDay(local.date);
    plan.push({
      at: localToInstant(slotDay, policy.sendAt),
      kind: 'late-notice',
      stepId: LATE_NOTICE_STEP_ID,
      offsetWorkingDays: Math.max(...past.map((s) => s.offsetWorkingDays)),
      recipients: union(RECIPIENT_ROLES, past.map((s) => s.recipients)),
      channels: union(CHANNELS, past.map((s) => s.channels)),
      copyCoordinators: past.some((s) => s.copyCoordinators),
      key: `${keyPrefix}/${LATE_NOTICE_STEP_ID}`,
    });
  }
  return plan.sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      (a.kind === b.kind ? 0 : a.kind === 'late-notice' ? -1 : 1) ||
      a.offsetWorkingDays - b.offsetWorkingDays,
  );
}
