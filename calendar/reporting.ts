/**
 * The organisation's reporting calendar: when periodic reports ("báo cáo định kỳ tháng, quý, 6 tháng, năm") are due
 * when a directive names the period but no date. Serialisable; config/reporting.yaml overrides the default.
 *
 * Default per Nghị định 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà nước), Điều 12: figures are cut
 * off on the 14th (monthly: 15th of the previous month – 14th; quarterly: 15th of the month before the quarter –
 * 14th of its last month; 6 months: 15/12 of the previous year – 14/6; annual: 15/12 – 14/12). The Decree leaves
 * the sending deadline to each reporting regime; the default here is the 20th of the period's last month, which
 * leaves the agencies the working week after the cut-off. An organisation whose regime says otherwise sets its own.
 */
import { z } from 'zod';

const DayOfMonth = z.union([z.number().int().min(1).max(31), z.literal('last')]);
const MonthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

export const ReportingPeriod = z.enum(['monthly', 'quarterly', 'semiannual', 'annual']);
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

export const ReportingCalendar = z.object({
  id: z.string().min(1),
  /** The regime it follows: "Nghị định 09/2019/NĐ-CP" or the province's decision. */
  basis: z.string().min(1),
  monthly: z.object({ day: DayOfMonth }),
  quarterly: z.object({ day: DayOfMonth, monthOfQuarter: z.number().int().min(1).max(3) }),
  /** The 6-month report ("báo cáo 6 tháng", first half of the year). */
  semiannual: z.object({ dates: z.array(MonthDay).min(1) }),
  annual: z.object({ dates: z.array(MonthDay).min(1) }),
});
export type ReportingCalendar = z.infer<typeof ReportingCalendar>;

export const DEFAULT_REPORTING_CALENDAR: ReportingCalendar = {
  id: 'nd-09-2019',
  basis: 'Nghị định 09/2019/NĐ-CP, Điều 12 (chốt số liệu ngày 14); hạn gửi mặc định ngày 20 của tháng cuối kỳ',
  monthly: { day: 20 },
  quarterly: { day: 20, monthOfQuarter: 3 },
  semiannual: { dates: [{ month: 6, day: 20 }] },
  annual: { dates: [{ month: 12, day: 20 }] },
};

export const REPORTING_PERIOD_LABELS: Record<ReportingPeriod, string> = {
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  semiannual: 'Báo cáo 6 tháng',
  annual: 'Báo cáo năm',
};
