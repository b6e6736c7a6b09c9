/**
 * Plain arithmetic on civil dates ("YYYY-MM-DD", a day in Asia/Ho_Chi_Minh) and on the fixed UTC+7 offset.
 * No clock, no time-zone database: Vietnam has kept UTC+7 without daylight saving since 1975, so an offset is enough.
 */

const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year. */
export const VN_OFFSET_MINUTES = 7 * 60;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD", rejecting impossible dates such as 2019-02-29. */
export function parseCivil(d: string): Ymd {
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`ngày không hợp lệ: "${d}" (cần dạng YYYY-MM-DD)`);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) {
    throw new RangeError(`ngày không tồn tại: "${d}"`);
  }
  return ymd;
}

export function formatCivil({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (the "epoch day"), so that dates compare and subtract as integers. */
export function toEpochDay(d: string): number {
  const { year, month, day } = parseCivil(d);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(n: number): string {
  const dt = new Date(n * MS_PER_DAY);
  return formatCivil({ year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() });
}

export function addDays(d: string, n: number): string {
  return fromEpochDay(toEpochDay(d) + n);
}

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: string): number {
  const wd = new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function isWeekend(d: string): boolean {
  return isoWeekday(d) >= 6;
}

/**
 * Adds calendar months the Civil Code way (art. 148 khoản 3): the same day of the target month, or that
 * month's last day when it has no such day (31/1 + 1 month = 28/2 or 29/2).
 */
export function addMonths(d: string, n: number): string {
  const { year, month, day } = parseCivil(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatCivil({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** A day of a month, clamped to its last day ("ngày 31" in a 30-day month is the 30th); 'last' is the last day. */
export function clampedDate(year: number, month: number, day: number | 'last'): string {
  const last = daysInMonth(year, month);
  return formatCivil({ year, month, day: day === 'last' ? last : Math.min(day, last) });
}

export function compareCivil(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "HH:mm" → minutes after midnight. */
export function clockMinutes(t: string): number {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

/** The UTC instant (ISO, milliseconds, "Z") of a local civil date and clock time in Asia/Ho_Chi_Minh. */
export function localToInstant(d: string, time: string): string {
  const { year, month, day } = parseCivil(d);
  const ms = Date.UTC(year, month - 1, day) + (clockMinutes(time) - VN_OFFSET_MINUTES) * 60_000;
  return new Date(ms).toISOString();
}

/** The local civil date and minutes after midnight, in Asia/Ho_Chi_Minh, of an ISO instant (any offset). */
export function instantToLocal(instant: string): { date: string; minutes: number } {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`thời điểm không hợp lệ: "${instant}"`);
  const local = ms + VN_OFFSET_MINUTES * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  return { date: fromEpochDay(day), minutes: Math.floor((local - day * MS_PER_DAY) / 60_000) };
}

export const WEEKDAY_NAMES_VI = ['', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'] as const;
