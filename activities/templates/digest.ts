/** The supervisors' digest email: Vietnamese subject, plain text and HTML. Pure. */
import type { Overseer } from '../../config/directory';
import { escapeHtml, formatDate, formatDueDate, shorten } from './format';

export interface DigestLine {
  workflowId: string;
  agencyId: string;
  agencyName: string;
  text: string;
  due: string | null;
}

export interface DigestSection {
  /** Overdue tasks by agency id. */
  overdue: Map<string, DigestLine[]>;
  dueSoon: DigestLine[];
  waiting: DigestLine[];
}

export function renderDigest(p: {
  supervisor: Overseer;
  today: string;
  horizon: string;
  section: DigestSection;
  officeName: string;
  dashboardUrl: string;
}): { subject: string; text: string; html: string } {
  const { section } = p;
  const overdueCount = [...section.overdue.values()].reduce((n, l) => n + l.length, 0);
  const subject =
    `[Tổng hợp] Tình hình thực hiện nhiệm vụ ngày ${formatDate(p.today)}: ` +
    `${overdueCount} quá hạn, ${section.dueSoon.length} sắp đến hạn, ${section.waiting.length} chờ gia hạn`;
  // The dashboard's task page (api/dashboard/pages/task.ts).
  const link = (wid: string) => `${p.dashboardUrl.replace(/\/+$/, '')}/dashboard/task?id=${encodeURIComponent(wid)}`;
  const item = (l: DigestLine, withAgency: boolean) =>
    `${shorten(l.text, 160)}${withAgency ? ` — ${l.agencyName}` : ''}${l.due ? ` (hạn ${formatDueDate(l.due)})` : ''}`;
  const byAgency = [...section.overdue.entries()]
    .map(([id, lines]) => ({ id, name: lines[0]?.agencyName ?? id, lines }))
    .sort((a, b) => b.lines.length - a.lines.length || a.name.localeCompare(b.name, 'vi'));
  const dueSoon = [...section.dueSoon].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));

  const text: string[] = [
    `Kính gửi: ${p.supervisor.name}${p.supervisor.title ? ` - ${p.supervisor.title}` : ''}`,
    '',
    `${p.officeName} tổng hợp tình hình thực hiện nhiệm vụ đến ${formatDueDate(p.today)}.`,
    '',
    `I. NHIỆM VỤ QUÁ HẠN (${overdueCount})`,
  ];
  const html: string[] = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>',
    escapeHtml(subject),
    '</title></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">',
    `<p>Kính gửi: <strong>${escapeHtml(p.supervisor.name)}</strong></p>`,
    `<p>${escapeHtml(p.officeName)} tổng hợp tình hình thực hiện nhiệm vụ đến ${escapeHtml(formatDueDate(p.today))}.</p>`,
    `<h3>I. Nhiệm vụ quá hạn (${overdueCount})</h3>`,
  ];
  if (byAgency.length === 0) {
    text.push('Không có.');
    html.push('<p>Không có.</p>');
  }
  for (const a of byAgency) {
    text.push(`${a.name}: ${a.lines.length}`);
    html.push(`<p><strong>${escapeHtml(a.name)}</strong>: ${a.lines.length}</p><ul>`);
    for (const l of a.lines) {
      text.push(`  - ${item(l, false)}: ${link(l.workflowId)}`);
      html.push(`<li><a href="${escapeHtml(link(l.workflowId))}">${escapeHtml(item(l, false))}</a></li>`);
    }
    html.push('</ul>');
  }
  const list = (title: string, lines: DigestLine[]) => {
    text.push('', `${title} (${lines.length})`);
    html.push(`<h3>${escapeHtml(title)} (${lines.length})</h3>`);
    if (lines.length === 0) {
      text.push('Không có.');
      html.push('<p>Không có.</p>');
      return;
    }
    html.push('<ul>');
    for (const l of lines) {
      text.push(`  - ${item(l, true)}: ${link(l.workflowId)}`);
      html.push(`<li><a href="${escapeHtml(link(l.workflowId))}">${escapeHtml(item(l, true))}</a></li>`);
    }
    html.push('</ul>');
  };
  list(`II. ĐẾN HẠN TRONG 5 NGÀY LÀM VIỆC TỚI (đến ${formatDueDate(p.horizon)})`, dueSoon);
  list('III. ĐỀ NGHỊ GIA HẠN CHỜ XEM XÉT', section.waiting);
  text.push('', `Thư này do hệ thống theo dõi nhiệm vụ của ${p.officeName} gửi tự động vào ngày làm việc.`);
  html.push(`<p style="color:#666;font-size:12px">Thư này do hệ thống theo dõi nhiệm vụ của ${escapeHtml(p.officeName)} gửi tự động vào ngày làm việc.</p></body></html>`);
  return { subject, text: text.join('\n'), html: html.join('') };
}
