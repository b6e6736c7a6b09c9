/**
 * Plain values shared by calendar/, directives/ and workflows/. Pure: zod only, no I/O, no clock.
 * A CivilDate is a calendar day in Asia/Ho_Chi_Minh written as ISO "YYYY-MM-DD";
 * an Instant is an ISO-8601 UTC timestamp ("2018-01-15T01:00:00.000Z").
 */
import { z } from 'zod';
import { CHANNELS, RECIPIENT_ROLES } from './roles';

export const CivilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');
export type CivilDate = z.infer<typeof CivilDate>;

export const Instant = z.string().datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:mm');
export type ClockTime = z.infer<typeof ClockTime>;

const DayOfMonth = z.union([z.number().int().min(1).max(31), z.literal('last')]);
const MonthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

/**
 * A recurrence as the reader understands it. The calendar turns it into occurrences.
 * - yearly: fixed solar days each year ("trước ngày 20/4 và 30/10 hằng năm").
 * - monthly: day N (or the last day) of each month, optionally a window opening on windowStart
 *   ("từ ngày 1 đến ngày 5 hằng tháng" = day 5, windowStart 1; "ít nhất 01 lần/tháng" = day 'last').
 * - weekly: ISO weekday 1 (Monday) .. 7.
 * - quarterly: day N of month M of each quarter ("ngày 25 của tháng cuối quý" = day 25, monthOfQuarter 3).
 * - reporting: the organisation's reporting calendar in config decides the due days of each period
 *   ("chế độ báo cáo định kỳ 6 tháng, một năm" = periods ['semiannual', 'annual']).
 * - lunarYearly: a day of the Vietnamese lunar calendar each year ("mùng 6 Tết" = month 1, day 6).
 */
export const RecurrenceRule = z.discriminatedUnion('freq', [
  z.object({ freq: z.literal('yearly'), dates: z.array(MonthDay).min(1) }),
  z.object({ freq: z.literal('monthly'), day: DayOfMonth, windowStart: z.number().int().min(1).max(31).optional() }),
  z.object({ freq: z.literal('weekly'), weekday: z.number().int().min(1).max(7) }),
  z.object({ freq: z.literal('quarterly'), day: DayOfMonth, monthOfQuarter: z.number().int().min(1).max(3) }),
  z.object({
    freq: z.literal('reporting'),
    periods: z.array(z.enum(['monthly', 'quarterly', 'semiannual', 'annual'])).min(1),
  }),
  z.object({
    freq: z.literal('lunarYearly'),
    lunarMonth: z.number().int().min(1).max(12),
    lunarDay: z.number().int().min(1).max(30),
  }),
]);
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

/** One occurrence of a deadline: the day the text means and the day it is actually due (Civil Code art. 148). */
export const Occurrence = z.object({ nominal: CivilDate, due: CivilDate });
export type Occurrence = z.infer<typeof Occurrence>;

/** Who a reminder step goes to, relative to the task's lead agency. */
export const RecipientRole = z.enum(RECIPIENT_ROLES);
export type RecipientRole = z.infer<typeof RecipientRole>;

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** One rung of the escalation ladder: offset in working days from the due day (negative = before). */
export const EscalationStep = z.object({
  id: z.string().min(1),
  offsetWorkingDays: z.number().int(),
  recipients: z.array(RecipientRole).min(1),
  channels: z.array(Channel).min(1),
  /** Copy the agencies that coordinate ("phối hợp") on this step. */
  copyCoordinators: z.boolean().default(false),
});
export type EscalationStep = z.infer<typeof EscalationStep>;

export const EscalationPolicy = z.object({
  id: z.string().min(1),
  /** Local office time at which reminders go out, "08:00" by default. */
  sendAt: ClockTime.default('08:00'),
  steps: z.array(EscalationStep).min(1),
});
export type EscalationPolicy = z.infer<typeof EscalationPolicy>;

/** One planned send in a reminder plan. `key` is unique within the task occurrence and stable across re-plans. */
export const PlannedSend = z.object({
  at: Instant,
  kind: z.enum(['reminder', 'late-notice']),
  stepId: z.string(),
  offsetWorkingDays: z.number().int(),
  recipients: z.array(RecipientRole),
  channels: z.array(Channel),
  copyCoordinators: z.boolean(),
  key: z.string(),
});
export type PlannedSend = z.infer<typeof PlannedSend>;
