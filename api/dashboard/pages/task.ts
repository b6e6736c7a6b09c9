/**
 * Nhiệm vụ (one task): status, occurrences, the source sentence, the history of actions and
 * reminders, and the forms for the actions the viewer's role allows. An agency may open only the
 * tasks it leads; anything else is a 403, logged.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TaskAction } from '../../../client/types';
import {
  AcknowledgeInput,
  CompleteInput,
  DecideExtensionInput,
  ReportProgressInput,
  RequestExtensionInput,
  type Actor,
  type TaskView,
} from '../../../workflows/types';
import { errorMessage, forbidden, guard, maybeExport, notFound, one, q, sendHtml, type Ctx } from '../context';
import type { Viewer } from '../deps';
import { civil, civilWithWeekday, instant, short, statusBadge, statusLabel } from '../format';
import { html, type Html } from '../html';
import { page } from '../layout';
import { directiveLabels } from '../load';
import { renderTable, type ListTable } from '../table';

const CLOSED = ['completed-on-time', 'completed-late', 'cancelled'];

export type ActionName = 'acknowledge' | 'reportProgress' | 'complete' | 'requestExtension' | 'decideExtension';

const OK_MESSAGE: Record<ActionName, string> = {
  acknowledge: 'Đã xác nhận tiếp nhận nhiệm vụ.',
  reportProgress: 'Đã ghi nhận báo cáo tiến độ.',
  complete: 'Đã báo cáo hoàn thành.',
  requestExtension: 'Đã gửi đề nghị gia hạn.',
  decideExtension: 'Đã ghi nhận quyết định gia hạn.',
};

/** The actions this viewer may take on this task now. */
export function allowedActions(viewer: Viewer, view: TaskView): ActionName[] {
  if (CLOSED.includes(view.status)) return [];
  if (viewer.role === 'agency') {
    if (view.agencyId !== viewer.agencyId) return [];
    const out: ActionName[] = [];
    if (view.status === 'pending' || view.status === 'overdue') out.push('acknowledge');
    out.push('reportProgress', 'complete');
    if (view.status !== 'extension-requested') out.push('requestExtension');
    return out;
  }
  if (viewer.role === 'supervisor' && view.occurrences.some((o) => o.extension)) return ['decideExtension'];
  return [];
}

export function actorOf(viewer: Viewer): Actor {
  return { kind: viewer.role, id: viewer.role === 'agency' ? viewer.agencyId ?? viewer.id : viewer.id, name: viewer.name };
}

/** A posted form as a TaskAction, checked with the same zod schemas the workflow validators use. */
export function actionFromForm(name: string, body: Record<string, string>, actor: Actor): TaskAction {
  const note = body.note?.trim() ?? '';
  switch (name) {
    case 'acknowledge':
      return { type: 'acknowledge', input: AcknowledgeInput.parse({ by: actor }) };
    case 'reportProgress':
      return { type: 'reportProgress', input: ReportProgressInput.parse({ by: actor, percent: Number(body.percent), note }) };
    case 'complete':
      return {
        type: 'complete',
        input: CompleteInput.parse({ by: actor, reportNumber: body.reportNumber?.trim() ?? '', note, evidenceUrl: body.evidenceUrl?.trim() || undefined }),
      };
    case 'requestExtension':
      return { type: 'requestExtension', input: RequestExtensionInput.parse({ by: actor, newDue: body.newDue ?? '', reason: body.reason?.trim() ?? '' }) };
    case 'decideExtension':
      return {
        type: 'decideExtension',
        input: DecideExtensionInput.parse({
          by: actor,
          approve: body.decision === 'approve',
          newDue: body.newDue?.trim() || undefined,
          reason: body.reason?.trim() ?? '',
          occurrence: body.occurrence ? Number(body.occurrence) : undefined,
        }),
      };
    default:
      throw new Error(`Thao tác không hợp lệ: ${name}`);
  }
}

/** zod issues as one Vietnamese sentence naming the fields. */
export function formError(err: unknown): string {
  if (err && typeof err === 'object' && 'issues' in err && Array.isArray((err as { issues: unknown[] }).issues)) {
    const FIELD: Record<string, string> = {
      reportNumber: 'Số văn bản báo cáo',
      percent: 'Tiến độ (%)',
      newDue: 'Hạn mới',
      reason: 'Lý do',
      evidenceUrl: 'Đường dẫn minh chứng',
      note: 'Ghi chú',
    };
    return (err as { issues: { path: PropertyKey[]; message: string }[] }).issues
      .map((i) => `${FIELD[String(i.path[0])] ?? String(i.path.join('.'))}: ${i.message}`)
      .join('; ');
  }
  return errorMessage(err);
}

function actionForms(ctx: Ctx, view: TaskView, actions: ActionName[]): Html {
  const target = (a: ActionName) => `${ctx.base}/task/act?id=${encodeURIComponent(view.workflowId)}&action=${a}`;
  const pendingExt = view.occurrences.find((o) => o.extension);
  const forms: Record<ActionName, () => Html> = {
    acknowledge: () => html`<form method="post" action="${target('acknowledge')}" aria-labelledby="a-ack"><h3 id="a-ack">Xác nhận đã nhận</h3>
<p class="muted">Báo cho Văn phòng biết đơn vị đã tiếp nhận nhiệm vụ.</p><button type="submit">Đã nhận nhiệm vụ</button></form>`,
    reportProgress: () => html`<form method="post" action="${target('reportProgress')}" aria-labelledby="a-prog"><h3 id="a-prog">Báo cáo tiến độ</h3>
<div class="field"><label for="percent">Tiến độ (%)</label><input id="percent" name="percent" type="number" min="0" max="100" required></div>
<div class="field"><label for="p-note">Ghi chú</label><textarea id="p-note" name="note" rows="2"></textarea></div>
<button type="submit">Gửi tiến độ</button></form>`,
    complete: () => html`<form method="post" action="${target('complete')}" aria-labelledby="a-done"><h3 id="a-done">Báo cáo hoàn thành</h3>
<div class="field"><label for="reportNumber">Số văn bản báo cáo</label><input id="reportNumber" name="reportNumber" required placeholder="VD: 123/BC-UBND"></div>
<div class="field"><label for="c-note">Ghi chú</label><textarea id="c-note" name="note" rows="2"></textarea></div>
<div class="field"><label for="evidenceUrl">Đường dẫn minh chứng (nếu có)</label><input id="evidenceUrl" name="evidenceUrl" type="url"></div>
<button type="submit">Báo cáo hoàn thành</button></form>`,
    requestExtension: () => html`<form method="post" action="${target('requestExtension')}" aria-labelledby="a-ext"><h3 id="a-ext">Đề nghị gia hạn</h3>
<div class="field"><label for="e-due">Hạn mới đề nghị</label><input id="e-due" name="newDue" type="date" required></div>
<div class="field"><label for="e-reason">Lý do</label><textarea id="e-reason" name="reason" rows="2" required></textarea></div>
<button type="submit" class="secondary">Gửi đề nghị</button></form>`,
    decideExtension: () => html`<form method="post" action="${target('decideExtension')}" aria-labelledby="a-dec"><h3 id="a-dec">Quyết định gia hạn</h3>
${pendingExt?.extension && html`<p>Đề nghị gia hạn đến <strong>${civilWithWeekday(pendingExt.extension.requestedDue)}</strong>: ${pendingExt.extension.reason}</p>`}
<input type="hidden" name="occurrence" value="${pendingExt?.index ?? ''}">
<div class="field"><label for="d-due">Hạn mới (để trống = theo đề nghị)</label><input id="d-due" name="newDue" type="date"></div>
<div class="field"><label for="d-reason">Lý do</label><textarea id="d-reason" name="reason" rows="2"></textarea></div>
<button type="submit" name="decision" value="approve">Đồng ý gia hạn</button>
<button type="submit" name="decision" value="reject" class="danger">Từ chối</button></form>`,
  };
  return html`<div class="actions">${actions.map((a) => forms[a]())}</div>`;
}

/** The task's sentence with its deadline phrase marked. */
export function withPhrase(text: string, phrase: string | null): Html {
  const at = phrase ? text.indexOf(phrase) : -1;
  if (!phrase || at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<mark>${phrase}</mark>${text.slice(at + phrase.length)}`;
}

/** Reason and note of an event when its summary does not already say them. */
export function eventDetails(e: TaskView['history'][number]): string[] {
  const out: string[] = [];
  for (const [key, label] of [
    ['reason', 'Lý do'],
    ['note', 'Ghi chú'],
  ] as const) {
    const value = e.data?.[key];
    if (typeof value === 'string' && value.trim() && !e.summary.includes(value.trim())) out.push(`${label}: ${value.trim()}`);
  }
  return out;
}

/** The task page's two lists, exportable like every list. */
export function taskTables(view: TaskView): { occurrences: ListTable; reminders: ListTable } {
  const occurrences: ListTable = {
    title: 'Các kỳ hạn',
    columns: [
      { key: 'n', label: 'Kỳ', numeric: true },
      { key: 'due', label: 'Hạn' },
      { key: 'status', label: 'Trạng thái' },
      { key: 'percent', label: 'Tiến độ', numeric: true },
      { key: 'report', label: 'Văn bản báo cáo' },
      { key: 'done', label: 'Hoàn thành lúc' },
    ],
    rows: view.occurrences.map((o) => ({
      n: String(o.index + 1),
      due: o.nominal && o.nominal !== o.due ? `${civil(o.due)} (theo văn bản: ${civil(o.nominal)})` : civil(o.due),
      status: { text: statusLabel(o.status), markup: statusBadge(o.status) },
      percent: `${o.percent}%`,
      report: o.reportNumber ?? '',
      done: o.completedAt ? instant(o.completedAt) : '',
    })),
    empty: 'Nhiệm vụ không có hạn cụ thể.',
  };
  const reminders: ListTable = {
    title: 'Nhắc việc đã gửi',
    columns: [
      { key: 'at', label: 'Lúc' },
      { key: 'step', label: 'Bước' },
      { key: 'to', label: 'Người nhận' },
      { key: 'channel', label: 'Kênh' },
      { key: 'status', label: 'Kết quả' },
    ],
    rows: view.reminders.map((r) => ({
      at: instant(r.at),
      step: r.stepId,
      to: r.recipient,
      channel: r.channel === 'zalo' ? 'Zalo' : 'Email',
      status: r.status === 'sent' ? 'Đã gửi' : r.status === 'fallback' ? `Chuyển kênh${r.reason ? `: ${r.reason}` : ''}` : `Lỗi${r.reason ? `: ${r.reason}` : ''}`,
    })),
    empty: 'Chưa gửi nhắc việc nào.',
  };
  return { occurrences, reminders };
}

export function renderTask(ctx: Ctx, viewer: Viewer, view: TaskView, message: { ok?: string; error?: string }, directiveLabel?: string): string {
  const tables = taskTables(view);
  const upcoming = view.occurrences.flatMap((o) => o.upcoming.map((u) => ({ ...u, occ: o.index })));
  const actions = allowedActions(viewer, view);
  const events = [...view.history].sort((a, b) => (a.at < b.at ? 1 : -1));
  const selfUrl = `${ctx.base}/task?id=${encodeURIComponent(view.workflowId)}`;
  const body = html`<p><a href="${ctx.base}/tasks">← Danh sách nhiệm vụ</a></p>
<h1>Nhiệm vụ ${view.ref}: ${short(view.text, 80)}</h1>
${message.ok && html`<p class="notice notice-ok" role="status">${message.ok}</p>`}
${message.error && html`<p class="notice notice-error" role="alert">${message.error}</p>`}
<div class="grid grid-side">
<section class="card" aria-labelledby="h-facts"><h2 id="h-facts">Thông tin</h2>
<dl class="facts">
  <dt>Trạng thái</dt><dd data-field="status">${statusBadge(view.status)}</dd>
  <dt>Hạn kế tiếp</dt><dd>${civilWithWeekday(view.nextDue)}</dd>
  <dt>Chủ trì</dt><dd>${view.agencyName}</dd>
  <dt>Phối hợp</dt><dd>${view.coordinatorAgencyIds.length ? view.coordinatorAgencyIds.map((a) => ctx.agencyName(a)).join(', ') : '—'}</dd>
  <dt>Văn bản</dt><dd>${viewer.role === 'agency' ? (directiveLabel ?? view.directiveId) : html`<a href="${ctx.base}/directive?id=${encodeURIComponent(view.directiveId)}">${directiveLabel ?? view.directiveId}</a>`}</dd>
  <dt>Cụm từ về thời hạn</dt><dd>${view.phrase ? html`<mark>${view.phrase}</mark>` : 'Không có (theo dõi theo báo cáo định kỳ)'}</dd>
</dl>
<h3>Câu giao nhiệm vụ trong văn bản</h3>
<blockquote class="source">${withPhrase(view.text, view.phrase)}</blockquote>
</section>
<section class="card" aria-labelledby="h-occ"><h2 id="h-occ">Kỳ hạn và tiến độ</h2>
${renderTable(tables.occurrences, selfUrl, true)}
${upcoming.length > 0 && html`<h3>Nhắc việc sắp gửi</h3><ul>${upcoming.slice(0, 8).map((u) => html`<li>${instant(u.at)} — ${u.kind === 'late-notice' ? 'thông báo quá hạn' : 'nhắc việc'} (bước ${u.stepId})</li>`)}</ul>`}
</section>
</div>
${
  actions.length > 0 &&
  html`<section class="card" aria-labelledby="h-act" style="margin-top:16px"><h2 id="h-act">Thao tác</h2>${actionForms(ctx, view, actions)}</section>`
}
<div class="grid grid-2" style="margin-top:16px">
<section class="card" aria-labelledby="h-hist"><h2 id="h-hist">Lịch sử</h2>
${
  events.length === 0
    ? html`<p class="muted">Chưa có sự kiện.</p>`
    : html`<ol class="timeline">${events.map(
        (e) => html`<li><time datetime="${e.at}">${instant(e.at)}</time> — ${e.summary}${eventDetails(e).map((d) => html`<br><span class="muted">${d}</span>`)}${e.actor ? html` <span class="muted">(${e.actor.name ?? e.actor.id})</span>` : ''}</li>`,
      )}</ol>`
}
</section>
<section class="card" aria-labelledby="h-rem"><h2 id="h-rem">Nhắc việc đã gửi</h2>
${renderTable(tables.reminders, `${selfUrl}&part=reminders`, true)}
</section>
</div>`;
  return page({ base: ctx.base, title: `Nhiệm vụ ${view.ref}`, section: 'tasks', viewer, body });
}

async function viewable(ctx: Ctx, request: FastifyRequest, reply: FastifyReply): Promise<{ viewer: Viewer; view: TaskView } | null> {
  const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat', 'agency'], 'tasks');
  if (!viewer) return null;
  const view = await ctx.view(one(q(request).id));
  if (!view) {
    notFound(ctx, reply, viewer, 'tasks', 'Không tìm thấy nhiệm vụ này.');
    return null;
  }
  if (viewer.role === 'agency' && view.agencyId !== viewer.agencyId) {
    forbidden(ctx, request, reply, viewer, 'tasks');
    return null;
  }
  return { viewer, view };
}

export async function taskRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/task', async (request, reply) => {
    const found = await viewable(ctx, request, reply);
    if (!found) return reply;
    const ok = one(q(request).ok) as ActionName;
    const tables = taskTables(found.view);
    if (await maybeExport(request, reply, one(q(request).part) === 'reminders' ? tables.reminders : tables.occurrences)) return reply;
    const label = (await directiveLabels(ctx.deps.client)).get(found.view.directiveId);
    return sendHtml(reply, renderTask(ctx, found.viewer, found.view, { ok: OK_MESSAGE[ok] }, label));
  });

  app.post('/task/act', async (request, reply) => {
    const found = await viewable(ctx, request, reply);
    if (!found) return reply;
    const { viewer, view } = found;
    const name = one(q(request).action) as ActionName;
    if (!allowedActions(viewer, view).includes(name)) {
      return sendHtml(reply, renderTask(ctx, viewer, view, { error: 'Bạn không thể thực hiện thao tác này với nhiệm vụ ở trạng thái hiện tại.' }), 403);
    }
    let action: TaskAction;
    try {
      action = actionFromForm(name, (request.body ?? {}) as Record<string, string>, actorOf(viewer));
    } catch (err) {
      return sendHtml(reply, renderTask(ctx, viewer, view, { error: formError(err) }), 422);
    }
    try {
      await ctx.deps.client.act(view.workflowId, action);
    } catch (err) {
      request.log.info({ err, task: view.workflowId, action: name }, 'dashboard: action refused');
      const fresh = (await ctx.view(view.workflowId)) ?? view;
      return sendHtml(reply, renderTask(ctx, viewer, fresh, { error: errorMessage(err) }), 422);
    }
    const back = one((request.body as Record<string, string> | undefined)?.back);
    const target = back === 'extensions' ? `${ctx.base}/extensions?ok=1` : `${ctx.base}/task?id=${encodeURIComponent(view.workflowId)}&ok=${name}`;
    return reply.redirect(target, 303);
  });
}
