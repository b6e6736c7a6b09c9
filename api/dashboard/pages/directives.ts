/** Văn bản (list): registered directives with search and filters, exportable. */
import type { FastifyInstance } from 'fastify';
import type { DirectiveSummary } from '../../../client/types';
import { DocumentType } from '../../../directives/spec';
import { guard, maybeExport, one, q, sendHtml, type Ctx } from '../context';
import { civil, instant } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { renderTable, type ListTable } from '../table';

export const DIRECTIVE_STATUS_LABEL: Record<DirectiveSummary['status'], string> = {
  active: 'Đang theo dõi',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

export interface DirectiveFilter {
  text: string;
  type: string;
  status: string;
  from: string;
  to: string;
}

export function filterDirectives(rows: DirectiveSummary[], f: DirectiveFilter): DirectiveSummary[] {
  const needle = f.text.toLocaleLowerCase('vi');
  return rows.filter(
    (d) =>
      (!needle || `${d.number ?? ''} ${d.subject ?? ''} ${d.type} ${d.directiveId}`.toLocaleLowerCase('vi').includes(needle)) &&
      (!f.type || d.type === f.type) &&
      (!f.status || d.status === f.status) &&
      (!f.from || (d.issuedOn !== null && d.issuedOn >= f.from)) &&
      (!f.to || (d.issuedOn !== null && d.issuedOn <= f.to)),
  );
}

export async function directivesRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/directives', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat'], 'directives');
    if (!viewer) return reply;
    const query = q(request);
    const f: DirectiveFilter = {
      text: one(query.q),
      type: one(query.type),
      status: one(query.status),
      from: one(query.from),
      to: one(query.to),
    };
    // The client searches; the page filters again so that every filter holds whatever the client's search covers.
    const rows = filterDirectives(await ctx.deps.client.directives({ q: f.text || undefined, limit: 500 }), f).sort(
      (a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '') || a.directiveId.localeCompare(b.directiveId),
    );
    const table: ListTable = {
      title: 'Danh sách văn bản chỉ đạo',
      columns: [
        { key: 'number', label: 'Số, ký hiệu' },
        { key: 'type', label: 'Loại' },
        { key: 'subject', label: 'Trích yếu', clip: true },
        { key: 'issued', label: 'Ngày ban hành' },
        { key: 'tasks', label: 'Nhiệm vụ', numeric: true },
        { key: 'status', label: 'Trạng thái' },
        { key: 'registered', label: 'Đăng ký lúc' },
      ],
      rows: rows.map((d) => {
        const href = `${ctx.base}/directive?id=${encodeURIComponent(d.directiveId)}`;
        return {
          number: { text: d.number ?? '(chưa có số)', href },
          type: d.type,
          subject: { text: d.subject ?? '', href },
          issued: civil(d.issuedOn),
          tasks: { text: String(d.taskCount), href: `${ctx.base}/tasks?directive=${encodeURIComponent(d.directiveId)}` },
          status: DIRECTIVE_STATUS_LABEL[d.status],
          registered: instant(d.registeredAt),
        };
      }),
      empty: 'Không có văn bản nào khớp bộ lọc.',
    };
    if (await maybeExport(request, reply, table)) return reply;
    const body = html`<h1>Văn bản chỉ đạo</h1>
${viewer.role === 'secretariat' && html`<p><a class="button" href="${ctx.base}/register">Đăng ký văn bản mới</a></p>`}
<form class="filters" method="get" action="${ctx.base}/directives" aria-label="Bộ lọc văn bản">
  <div><label for="d-q">Tìm theo số, trích yếu</label><input id="d-q" name="q" type="search" value="${f.text}"></div>
  <div><label for="d-type">Loại văn bản</label><select id="d-type" name="type"><option value="">Tất cả</option>${DocumentType.options.map(
    (t) => html`<option${t === f.type ? html` selected` : ''}>${t}</option>`,
  )}</select></div>
  <div><label for="d-status">Trạng thái</label><select id="d-status" name="status"><option value="">Tất cả</option>${Object.entries(
    DIRECTIVE_STATUS_LABEL,
  ).map(([k, label]) => html`<option value="${k}"${k === f.status ? html` selected` : ''}>${label}</option>`)}</select></div>
  <div><label for="d-from">Ban hành từ ngày</label><input id="d-from" name="from" type="date" value="${f.from}"></div>
  <div><label for="d-to">Đến ngày</label><input id="d-to" name="to" type="date" value="${f.to}"></div>
  <div><button type="submit">Lọc</button> <a href="${ctx.base}/directives">Bỏ lọc</a></div>
</form>
${renderTable(table, request.url)}`;
    return sendHtml(reply, page({ base: ctx.base, title: 'Văn bản', section: 'directives', viewer, body }));
  });
}
