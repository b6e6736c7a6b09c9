/**
 * Tổng quan: overdue by agency (Chart.js bar chart, with the same numbers as a table), what falls
 * due in the next 14 days, on-time completion by agency over a chosen period, the latest actions.
 * Every number links to the task list behind it.
 */
import type { FastifyInstance } from 'fastify';
import type { TaskSummary } from '../../../client/types';
import type { TaskView } from '../../../workflows/types';
import { guard, maybeExport, one, q, sendHtml, type Ctx } from '../context';
import { addDays, civil, instant, percent, short } from '../format';
import { html, jsonScript } from '../html';
import { page } from '../layout';
import { dueWithin, latestActions, onTimeByAgency, overdueRanking, type OnTimeRow } from '../stats';
import { renderTable, type ListTable } from '../table';

const DUE_SOON_DAYS = 14;
const VIEW_LIMIT = 500;

function tasksLink(ctx: Ctx, params: Record<string, string>): string {
  return `${ctx.base}/tasks?${new URLSearchParams(params).toString()}`;
}

function onTimeTable(ctx: Ctx, rows: OnTimeRow[], from: string, to: string): ListTable {
  const period = { kyTu: from, kyDen: to };
  return {
    title: `Tỉ lệ hoàn thành đúng hạn theo đơn vị (${civil(from)} – ${civil(to)})`,
    columns: [
      { key: 'agency', label: 'Đơn vị' },
      { key: 'counted', label: 'Đến hạn', numeric: true },
      { key: 'onTime', label: 'Đúng hạn', numeric: true },
      { key: 'late', label: 'Trễ hạn', numeric: true },
      { key: 'open', label: 'Quá hạn chưa xong', numeric: true },
      { key: 'rate', label: 'Tỉ lệ đúng hạn', numeric: true },
    ],
    rows: rows.map((r) => ({
      agency: r.agencyName,
      counted: { text: String(r.counted), href: tasksLink(ctx, { agency: r.agencyId, settled: '1', ...period }) },
      onTime: { text: String(r.onTime), href: tasksLink(ctx, { agency: r.agencyId, status: 'completed-on-time', ...period }) },
      late: { text: String(r.late), href: tasksLink(ctx, { agency: r.agencyId, status: 'completed-late', ...period }) },
      open: { text: String(r.open), href: tasksLink(ctx, { agency: r.agencyId, overdue: '1', ...period }) },
      rate: percent(r.onTime, r.counted),
    })),
    empty: 'Không có nhiệm vụ nào đến hạn trong kỳ này.',
  };
}

export async function overviewRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat'], 'overview');
    if (!viewer) return reply;
    const query = q(request);
    const today = ctx.today();
    const to = one(query.den) || today;
    const from = one(query.tu) || addDays(to, -365);
    const soonUntil = addDays(today, DUE_SOON_DAYS);

    const client = ctx.deps.client;
    const [overdue, all] = await Promise.all([client.overdueByAgency(), client.list({ limit: VIEW_LIMIT })]);
    const views: TaskView[] = await ctx.views(all);
    const names = new Map(views.map((v) => [v.agencyId, v.agencyName]));
    const nameOf = (id: string) => names.get(id) ?? ctx.agencyName(id);

    const rateTable = onTimeTable(ctx, onTimeByAgency(views, from, to, today), from, to);
    const ranking = overdueRanking(overdue);
    const totalOverdue = ranking.reduce((n, r) => n + r.count, 0);
    const soon: TaskSummary[] = dueWithin(all, today, soonUntil);
    const waiting = all.filter((t) => t.status === 'extension-requested').length;
    const open = all.filter((t) => !['completed-on-time', 'completed-late', 'cancelled'].includes(t.status)).length;
    const actions = latestActions(views, 8);

    const chart = {
      labels: ranking.map((r) => nameOf(r.agencyId)),
      counts: ranking.map((r) => r.count),
      hrefs: ranking.map((r) => tasksLink(ctx, { agency: r.agencyId, overdue: '1' })),
    };
    const overdueTable: ListTable = {
      title: 'Nhiệm vụ quá hạn theo đơn vị',
      columns: [
        { key: 'agency', label: 'Đơn vị' },
        { key: 'count', label: 'Quá hạn', numeric: true },
      ],
      rows: ranking.map((r, i) => ({ agency: chart.labels[i]!, count: { text: String(r.count), href: chart.hrefs[i]! } })),
      empty: 'Không có nhiệm vụ quá hạn.',
    };
    if (await maybeExport(request, reply, one(query.part) === 'overdue' ? overdueTable : rateTable)) return reply;
    const overdueUrl = `${ctx.base}/tasks?overdue=1`;

    const body = html`<h1>Tổng quan</h1>
<div class="kpis">
  <div class="kpi kpi-bad"><a href="${overdueUrl}"><span class="n" data-kpi="overdue">${totalOverdue}</span><span class="l">nhiệm vụ quá hạn</span></a></div>
  <div class="kpi kpi-warn"><a href="${tasksLink(ctx, { dueFrom: today, dueTo: soonUntil, open: '1' })}"><span class="n" data-kpi="due-soon">${soon.length}</span><span class="l">đến hạn trong ${DUE_SOON_DAYS} ngày tới</span></a></div>
  <div class="kpi"><a href="${ctx.base}/extensions"><span class="n" data-kpi="extensions">${waiting}</span><span class="l">đề nghị gia hạn chờ duyệt</span></a></div>
  <div class="kpi kpi-ok"><a href="${tasksLink(ctx, { open: '1' })}"><span class="n" data-kpi="open">${open}</span><span class="l">nhiệm vụ đang theo dõi</span></a></div>
</div>
<div class="grid grid-2">
<section class="card" aria-labelledby="h-overdue">
  <h2 id="h-overdue">Quá hạn theo đơn vị</h2>
  ${ranking.length > 0 && html`<div class="chart-box" style="height:${Math.max(140, 44 * ranking.length + 50)}px"><canvas id="overdue-chart" role="img" aria-label="Biểu đồ số nhiệm vụ quá hạn theo đơn vị; số liệu ở bảng bên dưới"></canvas></div>${jsonScript('overdue-data', chart)}`}
  ${renderTable(overdueTable, `${ctx.base}/?part=overdue`, true)}
</section>
<section class="card" aria-labelledby="h-soon">
  <h2 id="h-soon">Đến hạn trong ${DUE_SOON_DAYS} ngày tới</h2>
  ${
    soon.length === 0
      ? html`<p class="muted">Không có nhiệm vụ nào đến hạn từ ${civil(today)} đến ${civil(soonUntil)}.</p>`
      : html`<ul>${soon
          .sort((a, b) => (a.nextDue! < b.nextDue! ? -1 : 1))
          .slice(0, 15)
          .map((t) => {
            const v = views.find((x) => x.workflowId === t.workflowId);
            return html`<li><time datetime="${t.nextDue}">${civil(t.nextDue)}</time> — <a href="${ctx.base}/task?id=${encodeURIComponent(t.workflowId)}">${v ? `${v.agencyName}: ${short(v.text)}` : t.workflowId}</a></li>`;
          })}</ul>
        <p><a href="${tasksLink(ctx, { dueFrom: today, dueTo: soonUntil, open: '1' })}">Xem tất cả ${soon.length} nhiệm vụ</a></p>`
  }
</section>
<section class="card wide" aria-labelledby="h-rate">
  <h2 id="h-rate">Tỉ lệ hoàn thành đúng hạn</h2>
  <form class="filters" method="get" action="${ctx.base}/">
    <div><label for="tu">Từ ngày</label><input id="tu" name="tu" type="date" value="${from}"></div>
    <div><label for="den">Đến ngày</label><input id="den" name="den" type="date" value="${to}"></div>
    <div><button type="submit">Xem</button></div>
  </form>
  ${renderTable(rateTable, request.url, true)}
</section>
<section class="card wide" aria-labelledby="h-actions">
  <h2 id="h-actions">Hoạt động gần đây</h2>
  ${
    actions.length === 0
      ? html`<p class="muted">Chưa có hoạt động nào.</p>`
      : html`<ol class="timeline">${actions.map(
          (a) =>
            html`<li><time datetime="${a.event.at}">${instant(a.event.at)}</time><br>${a.event.actor ? `${a.event.actor.name ?? a.event.actor.id}: ` : ''}${a.event.summary}<br><a href="${ctx.base}/task?id=${encodeURIComponent(a.workflowId)}">${a.agencyName}: ${short(a.taskText)}</a></li>`,
        )}</ol>`
  }
</section>
</div>`;
    return sendHtml(
      reply,
      page({ base: ctx.base, title: 'Tổng quan', section: 'overview', viewer, body, scripts: ranking.length ? ['chart.umd.js', 'overview.js'] : [] }),
    );
  });
}

