/**
 * The small Vietnamese HTML pages behind signed links: a task and one action to confirm, then the result.
 * No script, no external asset; readable on a phone.
 */
import type { TaskView } from '../../../workflows/types';
import { TASK_STATUS_LABEL } from '../../../workflows/types';
import type { LinkAction } from '../../../client/links';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ACTION_TITLE: Record<LinkAction, string> = {
  acknowledge: 'Xác nhận đã nhận nhiệm vụ',
  reportProgress: 'Báo cáo tiến độ',
  complete: 'Báo cáo hoàn thành nhiệm vụ',
  requestExtension: 'Đề nghị gia hạn',
};

const WEEKDAY = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Tư, 31/01/2018" from "2018-01-31". */
export function dateVi(iso: string | null): string {
  if (!iso) return 'không có hạn cụ thể';
  const [y, m, d] = iso.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAY[wd]}, ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} — chidao</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.3rem}.task{background:#f4f6f8;border-left:4px solid #0b5394;padding:.75rem 1rem;margin:1rem 0}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}input,textarea{width:100%;box-sizing:border-box;padding:.5rem;font:inherit}
button{margin-top:1rem;padding:.6rem 1.2rem;font:inherit;background:#0b5394;color:#fff;border:0;border-radius:4px}
.ok{color:#1e7b34}.err{color:#b00020}dt{font-weight:600}dd{margin:0 0 .5rem}
</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function taskBlock(task: TaskView): string {
  return `<div class="task"><p>${escapeHtml(task.text)}</p><dl>
<dt>Đơn vị chủ trì</dt><dd>${escapeHtml(task.agencyName)}</dd>
${task.phrase ? `<dt>Thời hạn trong văn bản</dt><dd>${escapeHtml(task.phrase)}</dd>` : ''}
<dt>Hạn</dt><dd>${escapeHtml(dateVi(task.nextDue))}</dd>
<dt>Trạng thái</dt><dd>${escapeHtml(TASK_STATUS_LABEL[task.status])}</dd></dl></div>`;
}

/** The confirmation form for one action. */
export function actionPage(task: TaskView, action: LinkAction, formAction: string, values: Record<string, string> = {}, error?: string): string {
  const v = (k: string) => escapeHtml(values[k] ?? '');
  let fields = '';
  if (action === 'complete') {
    fields = `<label for="reportNumber">Số văn bản báo cáo (bắt buộc)</label>
<input id="reportNumber" name="reportNumber" required maxlength="100" value="${v('reportNumber')}" placeholder="ví dụ: 15/BC-SLĐTBXH">
<label for="note">Ghi chú</label><textarea id="note" name="note" maxlength="2000" rows="3">${v('note')}</textarea>`;
  } else if (action === 'reportProgress') {
    fields = `<label for="percent">Tiến độ (%)</label>
<input id="percent" name="percent" type="number" min="0" max="100" required value="${v('percent')}">
<label for="note">Ghi chú</label><textarea id="note" name="note" maxlength="2000" rows="3">${v('note')}</textarea>`;
  } else if (action === 'requestExtension') {
    fields = `<label for="newDue">Đề nghị gia hạn đến ngày</label>
<input id="newDue" name="newDue" type="date" required value="${v('newDue')}">
<label for="reason">Lý do (bắt buộc)</label><textarea id="reason" name="reason" required maxlength="2000" rows="3">${v('reason')}</textarea>`;
  }
  const err = error ? `<p class="err" role="alert">${escapeHtml(error)}</p>` : '';
  return layout(
    ACTION_TITLE[action],
    `${taskBlock(task)}${err}<form method="post" action="${escapeHtml(formAction)}">${fields}
<button type="submit">${escapeHtml(ACTION_TITLE[action])}</button></form>`,
  );
}

export function donePage(task: TaskView, action: LinkAction): string {
  return layout(ACTION_TITLE[action], `<p class="ok" role="status">Đã ghi nhận. Cảm ơn đơn vị.</p>${taskBlock(task)}`);
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<p class="err" role="alert">${escapeHtml(message)}</p>`);
}
