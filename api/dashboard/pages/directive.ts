/**
 * One directive: its document facts, agencies with their counts, every task with its status, and
 * the deadlines on a timeline (one line per occurrence, oldest first), the text at the bottom.
 */
import type { FastifyInstance } from 'fastify';
import type { DirectiveView } from '../../../client/types';
import type { TaskView } from '../../../workflows/types';
import { guard, maybeExport, notFound, one, q, sendHtml, type Ctx } from '../context';
import { civil, civilWithWeekday, short, statusBadge, statusLabel } from '../format';
import { highlight } from '../highlight';
import { html } from '../html';
import { page } from '../layout';
import { retrying } from '../load';
import { renderTable, type ListTable } from '../table';
import { DIRECTIVE_STATUS_LABEL } from './directives';

const DONE = new Set(['completed-on-time', 'completed-late', 'cancelled']);

export interface TimelineItem {
  due: string;
  workflowId: string;
  ref: string;
  text: string;
  agencyName: string;
  status: TaskView['status'];
}

export function timelineOf(views: TaskView[]): TimelineItem[] {
  return views
    .flatMap((v) =>
      v.occurrences
        .filter((o) => o.due)
        .map((o) => ({ due: o.due!, workflowId: v.workflowId, ref: v.ref, text: v.text, agencyName: v.agencyName, status: o.status })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.ref.localeCompare(b.ref, 'vi', { numeric: true }));
}

export async function directiveRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/directive', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat'], 'directives');
    if (!viewer) return reply;
    const id = one(q(request).id);
    const justRegistered = one(q(request).registered) !== '';
    let d: DirectiveView;
    try {
      d = await retrying(() => ctx.deps.client.directive(id), justRegistered ? 30_000 : 2_000);
    } catch (err) {
      request.log.info({ err, directiveId: id }, 'dashboard: directive not readable');
      return notFound(ctx, reply, viewer, 'directives', 'Không tìm thấy văn bản này.');
    }
    const views = (await ctx.views(d.tasks)).sort((a, b) =>
      a.ref.localeCompare(b.ref, 'vi', { numeric: true }) || a.agencyName.localeCompare(b.agencyName, 'vi'),
    );
    const selfUrl = `${ctx.base}/directive?id=${encodeURIComponent(d.directiveId)}`;
    const table: ListTable = {
      title: `Nhiệm vụ của văn bản ${d.number ?? d.directiveId}`,
      columns: [
        { key: 'ref', label: 'Mục' },
        { key: 'text', label: 'Nhiệm vụ', clip: true },
        { key: 'agency', label: 'Chủ trì' },
        { key: 'due', label: 'Hạn kế tiếp' },
        { key: 'status', label: 'Trạng thái' },
      ],
      rows: views.map((v) => ({
        ref: v.ref,
        text: { text: v.text, href: `${ctx.base}/task?id=${encodeURIComponent(v.workflowId)}` },
        agency: v.agencyName,
        due: civil(v.nextDue),
        status: { text: statusLabel(v.status), markup: statusBadge(v.status) },
      })),
      empty: 'Văn bản này chưa có nhiệm vụ nào được theo dõi.',
    };

    const agencies = new Map<string, { name: string; total: number; overdue: number; done: number }>();
    for (const v of views) {
      const a = agencies.get(v.agencyId) ?? { name: v.agencyName, total: 0, overdue: 0, done: 0 };
      a.total += 1;
      if (v.overdue) a.overdue += 1;
      if (DONE.has(v.status)) a.done += 1;
      agencies.set(v.agencyId, a);
    }
    const agencyTable: ListTable = {
      title: `Đơn vị được giao — ${d.number ?? d.directiveId}`,
      columns: [
        { key: 'name', label: 'Đơn vị' },
        { key: 'total', label: 'Nhiệm vụ', numeric: true },
        { key: 'overdue', label: 'Quá hạn', numeric: true },
        { key: 'done', label: 'Đã xong', numeric: true },
      ],
      rows: [...agencies].map(([agencyId, a]) => {
        const list = `${ctx.base}/tasks?directive=${encodeURIComponent(d.directiveId)}&agency=${encodeURIComponent(agencyId)}`;
        return {
          name: a.name,
          total: { text: String(a.total), href: list },
          overdue: { text: String(a.overdue), href: `${list}&overdue=1` },
          done: { text: String(a.done), href: `${list}&status=completed-on-time` },
        };
      }),
      empty: 'Chưa có đơn vị nào.',
    };
    if (await maybeExport(request, reply, one(q(request).part) === 'agencies' ? agencyTable : table)) return reply;
    const registered = one(q(request).registered);
    const today = ctx.today();
    const timeline = timelineOf(views);
    const doc = d.spec.document;
    const body = html`<p><a href="${ctx.base}/directives">← Danh sách văn bản</a></p>
<h1>${doc.type} ${d.number ?? '(chưa có số)'}${d.subject ? `: ${short(d.subject, 100)}` : ''}</h1>
${registered === '1' && html`<p class="notice notice-ok" role="status">Đã đăng ký văn bản; chidao bắt đầu theo dõi ${d.tasks.length} nhiệm vụ.</p>`}
${registered === '0' && html`<p class="notice notice-warn" role="status">Văn bản này đã được đăng ký trước đó; không có gì thay đổi.</p>`}
<div class="grid grid-2">
<section class="card" aria-labelledby="h-doc"><h2 id="h-doc">Văn bản</h2>
<dl class="facts">
  <dt>Số, ký hiệu</dt><dd>${d.number ?? '(chưa có số)'}</dd>
  <dt>Loại</dt><dd>${doc.type}</dd>
  <dt>Cơ quan ban hành</dt><dd>${doc.issuer ?? '—'}</dd>
  <dt>Ngày ban hành</dt><dd>${civilWithWeekday(d.issuedOn)}</dd>
  <dt>Trích yếu</dt><dd>${d.subject ?? '—'}</dd>
  <dt>Người ký</dt><dd>${doc.signer ? [doc.signer.capacity, doc.signer.title, doc.signer.name].filter(Boolean).join(' ') : '—'}</dd>
  <dt>Trạng thái</dt><dd>${DIRECTIVE_STATUS_LABEL[d.status]}</dd>
</dl></section>
<section class="card" aria-labelledby="h-ag"><h2 id="h-ag">Đơn vị</h2>
${renderTable(agencyTable, `${selfUrl}&part=agencies`, true)}
</section>
</div>
<section class="card" aria-labelledby="h-tasks" style="margin-top:16px"><h2 id="h-tasks">Nhiệm vụ</h2>
${renderTable(table, selfUrl, true)}
</section>
<div class="grid grid-2" style="margin-top:16px">
<section class="card" aria-labelledby="h-tl"><h2 id="h-tl">Các mốc thời hạn</h2>
${
  timeline.length === 0
    ? html`<p class="muted">Không có mốc thời hạn cụ thể.</p>`
    : html`<ol class="timeline">${timeline.map(
        (t) =>
          html`<li class="${DONE.has(t.status) ? 'past' : t.due < today ? 'late' : ''}"><time datetime="${t.due}">${civilWithWeekday(t.due)}</time> ${statusBadge(t.status)}<br><a href="${ctx.base}/task?id=${encodeURIComponent(t.workflowId)}">${t.ref} ${short(t.text, 70)}</a> — ${t.agencyName}</li>`,
      )}</ol>`
}
</section>
<section class="card" aria-labelledby="h-text"><h2 id="h-text">Nội dung văn bản</h2>
${d.text ? html`<details><summary>Xem toàn văn (đánh dấu thời hạn và đơn vị)</summary><div class="doc-text" tabindex="0" role="region" aria-label="Toàn văn">${highlight(d.text, d.spec)}</div></details>` : html`<p class="muted">Không lưu toàn văn.</p>`}
</section>
</div>`;
    return sendHtml(reply, page({ base: ctx.base, title: `Văn bản ${d.number ?? ''}`, section: 'directives', viewer, body }));
  });
}
