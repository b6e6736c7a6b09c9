/** How dates, instants and statuses read on the pages: Vietnamese, local time (Asia/Ho_Chi_Minh). */
import { DateTime } from 'luxon';
import type { CivilDate } from '../../calendar/types';
import { TASK_STATUS_LABEL, type TaskStatus } from '../../workflows/types';
import { html, type Html } from './html';

export const ZONE = 'Asia/Ho_Chi_Minh';
const WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

export function todayLocal(): CivilDate {
  return DateTime.now().setZone(ZONE).toISODate()!;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate()!;
}

/** "20/04/2015". */
export function civil(date: CivilDate | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "Thứ Hai, 20/04/2015". */
export function civilWithWeekday(date: CivilDate | null | undefined): string {
  if (!date) return '—';
  const weekday = DateTime.fromISO(date, { zone: ZONE }).weekday;
  return `${WEEKDAYS[weekday]}, ${civil(date)}`;
}

/** "08:00 20/04/2015" in local time. */
export function instant(at: string | null | undefined): string {
  if (!at) return '—';
  const t = DateTime.fromISO(at).setZone(ZONE);
  return t.isValid ? t.toFormat('HH:mm dd/MM/yyyy') : at;
}

export function statusLabel(status: TaskStatus): string {
  return TASK_STATUS_LABEL[status] ?? status;
}

export function statusBadge(status: TaskStatus): Html {
  return html`<span class="badge badge-${status}">${statusLabel(status)}</span>`;
}

export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${Math.round((100 * part) / whole)}%`;
}

/** One line of at most max characters. */
export function short(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
