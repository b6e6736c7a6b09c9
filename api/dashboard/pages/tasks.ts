/**
 * Nhiệm vụ (list): every number on the overview links here with its filters. Visibility does the
 * coarse filtering (agency, directive, status, due range, overdue); the page then reads each task
 * for its text and occurrences, and filters by search text and by "due in a period" (kyTu/kyDen),
 * which is what the on-time rate counts. An agency only ever sees its own tasks.
 */
import type { FastifyInstance } from 'fastify';
import type { TaskListFilter } from '../../../client/types';
import { TaskStatus, type OccurrenceView, type TaskView } from '../../../workflows/types';
import { guard, many, maybeExport, one, q, sendHtml, type Ctx } from '../context';
import { civil, statusBadge, statusLabel } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { directiveLabels } from '../load';
import { renderTable, type ListTable } from '../table';

const CLOSED: TaskStatus[] = ['completed-on-time', 'completed-late', 'cancelled'];

export interface TaskQuery {
  agency: string;
  directive: string;
  status: TaskStatus[];
  overdue: boolean;
  open: boolean;
  dueFrom: string;
  dueTo: string;
  periodFrom: string;
  periodTo: string;
  /** With a period: only occurrences already settled (completed, or past due), as the on-time rate counts them. */
  settled: boolean;
  text: string;
}

function occurrenceMatches(occ: OccurrenceView, tq: TaskQuery, today: string): boolean {
  if (!occ.due || occ.due < tq.periodFrom || occ.due > tq.periodTo) return false;
  if (tq.status.length > 0 && !tq.status.includes(occ.status)) return false;
  if (tq.overdue && (CLOSED.includes(occ.status) || !(occ.status === 'overdue' || occ.due < today))) return false;
  if (occ.status === 'cancelled') return false;
  if (tq.settled && !(CLOSED.includes(occ.status) || occ.status === 'overdue' || occ.due < today)) return false;
  return true;
}

export function matches(view: TaskView, tq: TaskQuery, today: string): boolean {
  if (tq.text) {
    const hay = `${view.ref} ${view.text} ${view.agencyName} ${view.directiveId}`.toLocaleLowerCase('vi');
    if (!hay.includes(tq.text.toLocaleLowerCase('vi'))) return false;
  }
  if (tq.open && CLOSED.includes(view.status)) return false;
  if (tq.periodFrom || tq.periodTo) {
    const period = { ...tq, periodFrom: tq.periodFrom || '0000-01-01', periodTo: tq.periodTo || '9999-12-31' };
    return view.occurrences.some((o) => occurrenceMatches(o, period, today));
  }
  return true;
}

export async function tasksRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/tasks', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat', 'agency'], 'tasks');
    if (!viewer) return reply;
    const query = q(request);
    const tq: TaskQuery = {
      agency: viewer.role === 'agency' ? viewer.agencyId ?? '\u0000' : one(query.agency),
      directive: one(query.directive),
      status: many(query.status).filter((s): s is TaskStatus => TaskStatus.safeParse(s).success),
      overdue: one(query.overdue) === '1',
      open: one(query.open) === '1',
      dueFrom: one(query.dueFrom),
      dueTo: one(query.dueTo),
      periodFrom: one(query.kyTu),
      periodTo: one(query.kyDen),
      settled: one(query.settled) === '1',
      text: one(query.q),
    };
    const byPeriod = Boolean(tq.periodFrom || tq.periodTo);
    const filter: TaskListFilter = { limit: 500 };
    if (tq.agency) filter.agencyId = tq.agency;
    if (tq.directive) filter.directiveId = tq.directive;
    if (!byPeriod && tq.status.length) filter.status = tq.status;
    if (!byPeriod && tq.overdue) filter.overdue = true;
    if (tq.dueFrom) filter.dueFrom = tq.dueFrom;
    if (tq.dueTo) filter.dueTo = tq.dueTo;

    const client = ctx.deps.client;
    const [summaries, everything, labels] = await Promise.all([
      client.list(filter),
      viewer.role === 'agency' ? Promise.resolve([]) : client.list({ limit: 500 }),
      directiveLabels(client),
    ]);
    const label = (id: string) => labels.get(id) ?? id;
    const today = ctx.today();
    const views = (await ctx.views(summaries))
      .filter((v) => viewer.role !== 'agency' || v.agencyId === viewer.agencyId)
      .filter((v) => matches(v, tq, today))
      .sort((a, b) => (a.nextDue ?? '9999') .localeCompare(b.nextDue ?? '9999') || a.workflowId.localeCompare(b.workflowId));

    const table: ListTable = {
      title: 'Danh sách nhiệm vụ',
      columns: [
        { key: 'ref', label: 'Mục' },
        { key: 'text', label: 'Nhiệm vụ', clip: true },
        { key: 'agency', label: 'Đơn vị chủ trì' },
        { key: 'directive', label: 'Văn bản' },
        { key: 'due', label: 'Hạn kế tiếp' },
        { key: 'status', label: 'Trạng thái' },
      ],
      rows: views.map((v) => ({
        ref: v.ref,
        text: { text: v.text, href: `${ctx.base}/task?id=${encodeURIComponent(v.workflowId)}` },
        agency: v.agencyName,
        directive:
          viewer.role === 'agency'
            ? label(v.directiveId)
            : { text: label(v.directiveId), href: `${ctx.base}/directive?id=${encodeURIComponent(v.directiveId)}` },
        due: civil(v.nextDue),
        status: { text: statusLabel(v.status), markup: statusBadge(v.status) },
      })),
      empty: 'Không có nhiệm vụ nào khớp bộ lọc.',
    };
    if (await maybeExport(request, reply, table)) return reply;

    const agencies = new Map<string, string>();
    for (const s of everything) for (const a of s.agencyIds) agencies.set(a, ctx.agencyName(a));
    for (const v of views) agencies.set(v.agencyId, v.agencyName);
    if (tq.agency && !agencies.has(tq.agency)) agencies.set(tq.agency, ctx.agencyName(tq.agency));

    const body = html`<h1>${viewer.role === 'agency' ? `Nhiệm vụ của ${viewer.name}` : 'Nhiệm vụ'}</h1>
<form class="filters" method="get" action="${ctx.base}/tasks" aria-label="Bộ lọc nhiệm vụ">
  <div><label for="f-q">Tìm kiếm</label><input id="f-q" name="q" type="search" value="${tq.text}"></div>
  ${
    viewer.role !== 'agency' &&
    html`<div><label for="f-agency">Đơn vị</label><select id="f-agency" name="agency"><option value="">Tất cả</option>${[...agencies]
      .sort((a, b) => a[1].localeCompare(b[1], 'vi'))
      .map(([id, name]) => html`<option value="${id}"${id === tq.agency ? html` selected` : ''}>${name}</option>`)}</select></div>`
  }
  <div><label for="f-status">Trạng thái</label><select id="f-status" name="status"><option value="">Tất cả</option>${TaskStatus.options.map(
    (s) => html`<option value="${s}"${tq.status.includes(s) ? html` selected` : ''}>${statusLabel(s)}</option>`,
  )}</select></div>
  <div><label for="f-from">Hạn từ ngày</label><input id="f-from" name="dueFrom" type="date" value="${tq.dueFrom}"></div>
  <div><label for="f-to">Hạn đến ngày</label><input id="f-to" name="dueTo" type="date" value="${tq.dueTo}"></div>
  <div><label><input type="checkbox" name="overdue" value="1"${tq.overdue ? html` checked` : ''}> Chỉ quá hạn</label>
  <label><input type="checkbox" name="open" value="1"${tq.open ? html` checked` : ''}> Chưa hoàn thành</label></div>
  ${tq.directive && html`<input type="hidden" name="directive" value="${tq.directive}">`}
  ${tq.periodFrom && html`<input type="hidden" name="kyTu" value="${tq.periodFrom}">`}
  ${tq.periodTo && html`<input type="hidden" name="kyDen" value="${tq.periodTo}">`}
  ${tq.settled && html`<input type="hidden" name="settled" value="1">`}
  <div><button type="submit">Lọc</button> <a href="${ctx.base}/tasks">Bỏ lọc</a></div>
</form>
${byPeriod && html`<p class="muted">Các nhiệm vụ có hạn trong kỳ ${civil(tq.periodFrom || null)} – ${civil(tq.periodTo || null)}.</p>`}
${tq.directive && html`<p class="muted">Thuộc văn bản ${label(tq.directive)}.</p>`}
${renderTable(table, request.url)}`;
    return sendHtml(reply, page({ base: ctx.base, title: 'Nhiệm vụ', section: 'tasks', viewer, body }));
  });
}
