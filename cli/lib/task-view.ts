/** A task (or a list of tasks) printed for people. */
import { DateTime } from 'luxon';
import type { TaskSummary } from '../../client/types';
import type { TaskView } from '../../workflows/types';
import { dateVi, statusVi, table } from './output';

export function taskDetail(t: TaskView): string {
  const lines = [
    `Nhiệm vụ ${t.ref || t.taskId} — ${t.workflowId}`,
    `Văn bản:   ${t.directiveId}`,
    `Nội dung:  ${t.text.replace(/\s+/g, ' ')}`,
    `Chủ trì:   ${t.agencyName} (${t.agencyId})`,
    t.coordinatorAgencyIds.length ? `Phối hợp:  ${t.coordinatorAgencyIds.join(', ')}` : null,
    t.phrase ? `Thời hạn:  ${t.phrase}` : null,
    `Hạn:       ${dateVi(t.nextDue)}${t.overdue ? ' (quá hạn)' : ''}`,
    `Trạng thái: ${statusVi(t.status)}`,
  ].filter((l): l is string => l !== null);
  let out = lines.join('\n') + '\n';
  if (t.history.length) {
    out += '\nLịch sử:\n' + table(t.history, [
      { title: 'Thời điểm', value: (e) => DateTime.fromISO(e.at).setZone('Asia/Ho_Chi_Minh').toFormat('dd/MM/yyyy HH:mm'), max: 20 },
      { title: 'Ai', value: (e) => e.actor?.name ?? e.actor?.id ?? '', max: 30 },
      { title: 'Sự kiện', value: (e) => e.summary, max: 80 },
    ]);
  }
  return out;
}

export function taskTable(rows: TaskSummary[]): string {
  if (rows.length === 0) return 'Không có nhiệm vụ nào.\n';
  return table(rows, [
    { title: 'Mã nhiệm vụ', value: (t) => t.workflowId, max: 70 },
    { title: 'Đơn vị', value: (t) => t.agencyIds.join(', '), max: 30 },
    { title: 'Hạn', value: (t) => dateVi(t.nextDue) },
    { title: 'Trạng thái', value: (t) => statusVi(t.status) + (t.overdue && t.status !== 'overdue' ? ' (quá hạn)' : '') },
  ]);
}
