/**
 * The reminder email: Vietnamese subject, plain text and HTML, with signed action links for the lead agency's
 * own people. Pure and deterministic in the message, so a retried send writes the same message.
 */
import { DateTime } from 'luxon';
import { actionLink, deriveNonce, type LinkAction, type LinkSettings } from '../../client/links';
import type { ReminderMessage } from '../contract';
import {
  directiveFullRef,
  directiveRef,
  escapeHtml,
  formatDueDate,
  ROLE_PHRASE,
  statusPhrase,
  stepPhrase,
  subjectTag,
  taskTitle,
  ZONE,
} from './format';

export interface RenderedLink {
  action: LinkAction;
  label: string;
  url: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  links: RenderedLink[];
}

const LINK_LABEL: Record<LinkAction, string> = {
  acknowledge: 'Xác nhận đã nhận nhiệm vụ',
  reportProgress: 'Báo cáo tiến độ',
  complete: 'Báo cáo hoàn thành (kèm số văn bản báo cáo)',
  requestExtension: 'Đề nghị gia hạn',
};
const REMINDER_ACTIONS: LinkAction[] = ['acknowledge', 'complete', 'requestExtension'];

/** Links go only to the lead agency's own contacts, and only while the task is open. */
export function linksFor(m: ReminderMessage, links: LinkSettings, now: Date): RenderedLink[] {
  if (m.kind !== 'reminder' && m.kind !== 'late-notice') return [];
  if (m.recipient.agencyId !== m.task.agencyId || (m.recipient.role !== 'focal' && m.recipient.role !== 'head')) return [];
  // Valid ttlDays past the due day, and never less than ttlDays from the day the message is written: an overdue
  // notice for an old deadline must still carry working links. Whole days keep a retried message's links the same.
  const fromSend = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: links.ttlDays + 1 }).startOf('day');
  const base = m.occurrence.due ?? m.directive.issuedOn;
  const fromDue = base ? DateTime.fromISO(base, { zone: ZONE }).plus({ days: links.ttlDays + 1 }).startOf('day') : fromSend;
  const exp = Math.floor(DateTime.max(fromDue, fromSend).toSeconds());
  return REMINDER_ACTIONS.map((action) => ({
    action,
    label: LINK_LABEL[action],
    url: actionLink(links.baseUrl, links.secret, {
      wid: m.taskWorkflowId,
      agency: m.task.agencyId,
      action,
      exp,
      nonce: deriveNonce(links.secret, `${m.dedupeKey}|${action}`),
    }),
  }));
}

export function renderReminderEmail(m: ReminderMessage, links: LinkSettings, officeName: string, now: Date): RenderedEmail {
  const status = statusPhrase(m);
  const subject = `${subjectTag(m)} ${status}: ${taskTitle(m.task.text)} (${directiveRef(m.directive)})`;
  const due = m.occurrence.due ? formatDueDate(m.occurrence.due, m.occurrence.time) : 'chưa xác định';
  const rendered = linksFor(m, links, now);
  const intro =
    m.kind === 'cancelled'
      ? 'Nhiệm vụ dưới đây đã được hủy; đơn vị không cần tiếp tục thực hiện.'
      : m.kind === 'extension-decided'
        ? 'Đề nghị gia hạn của đơn vị đã được xem xét. Thời hạn hiện hành được ghi dưới đây.'
        : `${officeName} xin nhắc nhiệm vụ dưới đây.`;
  const rows: [string, string][] = [
    ['Văn bản', `${directiveFullRef(m.directive)}${m.directive.subject ? ` — ${m.directive.subject}` : ''}`],
    ['Nhiệm vụ', m.task.text.replace(/\s+/g, ' ').trim()],
    ['Đơn vị chủ trì', m.task.agencyName],
    ['Thời hạn', due],
    ['Theo văn bản', m.task.phrase ? `«${m.task.phrase}»` : '(văn bản không ghi thời hạn)'],
    ['Tình trạng', status],
    ['Bước nhắc', `${stepPhrase(m.step.offsetWorkingDays)} (bước ${m.step.id})`],
  ];
  if (m.occurrence.index > 0) rows.splice(4, 0, ['Kỳ', `kỳ thứ ${m.occurrence.index + 1}`]);

  const text = [
    `Kính gửi: ${m.recipient.name}`,
    `(${ROLE_PHRASE[m.recipient.role]})`,
    '',
    intro,
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    '',
    ...(rendered.length > 0
      ? ['Đơn vị có thể thực hiện ngay qua các liên kết sau (mỗi liên kết dùng một lần):', ...rendered.map((l) => `- ${l.label}: ${l.url}`), '']
      : []),
    `Thư này do hệ thống theo dõi nhiệm vụ của ${officeName} gửi tự động; vui lòng không trả lời thư này.`,
    `Mã nhắc việc: ${m.dedupeKey}`,
  ].join('\n');

  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>',
    escapeHtml(subject),
    '</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">',
    `<p>Kính gửi: <strong>${escapeHtml(m.recipient.name)}</strong><br><em>${escapeHtml(ROLE_PHRASE[m.recipient.role])}</em></p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">',
    ...rows.map(([k, v]) => `<tr><th align="left" style="border:1px solid #ccc;background:#f5f5f5">${escapeHtml(k)}</th><td style="border:1px solid #ccc">${escapeHtml(v)}</td></tr>`),
    '</table>',
    ...(rendered.length > 0
      ? [
          '<p>Đơn vị có thể thực hiện ngay (mỗi liên kết dùng một lần):</p><ul>',
          ...rendered.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`),
          '</ul>',
        ]
      : []),
    `<p style="color:#666;font-size:12px">Thư này do hệ thống theo dõi nhiệm vụ của ${escapeHtml(officeName)} gửi tự động; vui lòng không trả lời thư này.<br>Mã nhắc việc: ${escapeHtml(m.dedupeKey)}</p>`,
    '</body></html>',
  ].join('');

  return { subject, text, html, links: rendered };
}
