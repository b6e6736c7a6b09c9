/** Vietnamese formatting shared by the email, Zalo and digest templates. Pure. */
import { DateTime } from 'luxon';
import type { ReminderMessage } from '../contract';

export const ZONE = 'Asia/Ho_Chi_Minh';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

const TYPE_ABBREVIATION: Record<string, string> = {
  'Thông báo': 'TB',
  'Công văn': 'CV',
  'Công điện': 'CĐ',
  'Kế hoạch': 'KH',
  'Chỉ thị': 'CT',
  'Quyết định': 'QĐ',
  'Báo cáo': 'BC',
  'Tờ trình': 'TTr',
  'Nghị quyết': 'NQ',
  'Chương trình': 'CTr',
};

function civil(date: string): DateTime {
  const d = DateTime.fromISO(date, { zone: ZONE });
  if (!d.isValid) throw new Error(`activities/templates/format.ts: invalid civil date "${date}"`);
  return d;
}

/** "09/01/2018". */
export function formatDate(date: string): string {
  return civil(date).toFormat('dd/MM/yyyy');
}

/** "Thứ Tư, 31/01/2018"; with a clock time "14:00 Thứ Tư, 31/01/2018". */
export function formatDueDate(date: string, time: string | null = null): string {
  const d = civil(date);
  const day = `${WEEKDAYS[d.weekday - 1]}, ${d.toFormat('dd/MM/yyyy')}`;
  return time ? `${time} ${day}` : day;
}

/** "TB số 46/TB-VP ngày 09/01/2018"; an unnumbered draft: "CV (chưa có số) ngày …". */
export function directiveRef(d: ReminderMessage['directive']): string {
  const type = TYPE_ABBREVIATION[d.type] ?? d.type;
  const number = d.number ? `số ${d.number}` : '(chưa có số)';
  const date = d.issuedOn ? ` ngày ${formatDate(d.issuedOn)}` : '';
  return `${type} ${number}${date}`;
}

/** The directive as a reader says it: "Thông báo số 46/TB-VP ngày 09/01/2018". */
export function directiveFullRef(d: ReminderMessage['directive']): string {
  const number = d.number ? `số ${d.number}` : '(chưa có số)';
  const date = d.issuedOn ? ` ngày ${formatDate(d.issuedOn)}` : '';
  return `${d.type} ${number}${date}`;
}

/** "Còn 2 ngày làm việc", "Đến hạn hôm nay", "Quá hạn 1 ngày làm việc". */
export function statusPhrase(m: Pick<ReminderMessage, 'kind' | 'workingDaysLeft'>): string {
  if (m.kind === 'cancelled') return 'Nhiệm vụ đã được hủy';
  if (m.kind === 'extension-decided') return 'Kết quả xem xét gia hạn';
  const left = m.workingDaysLeft;
  if (left === null) return m.kind === 'late-notice' ? 'Quá hạn' : 'Nhắc việc';
  if (left > 0) return `Còn ${left} ngày làm việc`;
  if (left === 0) return 'Đến hạn hôm nay';
  return `Quá hạn ${-left} ngày làm việc`;
}

/** "[Nhắc việc]" before the due day, "[Đôn đốc]" once it has passed. */
export function subjectTag(m: Pick<ReminderMessage, 'kind' | 'workingDaysLeft'>): string {
  if (m.kind === 'cancelled') return '[Thông báo]';
  if (m.kind === 'extension-decided') return '[Gia hạn]';
  if (m.kind === 'late-notice' || (m.workingDaysLeft !== null && m.workingDaysLeft < 0)) return '[Đôn đốc]';
  return '[Nhắc việc]';
}

/** "2 ngày làm việc trước hạn", "đúng ngày đến hạn", "5 ngày làm việc sau hạn". */
export function stepPhrase(offsetWorkingDays: number): string {
  if (offsetWorkingDays < 0) return `${-offsetWorkingDays} ngày làm việc trước hạn`;
  if (offsetWorkingDays === 0) return 'đúng ngày đến hạn';
  return `${offsetWorkingDays} ngày làm việc sau hạn`;
}

export const ROLE_PHRASE: Record<ReminderMessage['recipient']['role'], string> = {
  focal: 'cán bộ đầu mối theo dõi nhiệm vụ của đơn vị',
  head: 'thủ trưởng đơn vị chủ trì',
  supervisor: 'lãnh đạo Văn phòng theo dõi, đôn đốc',
  leader: 'lãnh đạo phụ trách lĩnh vực',
  coordinator: 'đơn vị phối hợp (để biết, phối hợp thực hiện)',
};

/** NFC, whitespace collapsed, cut at a word boundary to at most max characters, "…" when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.normalize('NFC').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The task's headline: its first clause, shortened. */
export function taskTitle(text: string, max = 80): string {
  const first = text.normalize('NFC').replace(/[*_]+/g, '').split(/(?<=[.;])\s|\s\(/)[0];
  return shorten(first, max);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
