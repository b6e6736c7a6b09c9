/** Gia hạn: extension requests waiting for a decision; supervisors approve or reject with a reason. */
import type { FastifyInstance } from 'fastify';
import { guard, maybeExport, one, q, sendHtml, type Ctx } from '../context';
import { civil, civilWithWeekday, instant, short } from '../format';
import { html } from '../html';
import { page } from '../layout';
import { exportLinks, type ListTable } from '../table';

export async function extensionsRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/extensions', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['supervisor', 'secretariat'], 'extensions');
    if (!viewer) return reply;
    const client = ctx.deps.client;
    const views = await ctx.views(await client.list({ status: ['extension-requested'], limit: 500 }));
    const requests = views.flatMap((v) =>
      v.occurrences.filter((o) => o.extension).map((o) => ({ view: v, occ: o, ext: o.extension! })),
    );
    requests.sort((a, b) => a.ext.at.localeCompare(b.ext.at));
    const table: ListTable = {
      title: 'Đề nghị gia hạn chờ duyệt',
      columns: [
        { key: 'task', label: 'Nhiệm vụ', clip: true },
        { key: 'agency', label: 'Đơn vị' },
        { key: 'due', label: 'Hạn hiện tại' },
        { key: 'asked', label: 'Hạn đề nghị' },
        { key: 'reason', label: 'Lý do', clip: true },
        { key: 'at', label: 'Gửi lúc' },
      ],
      rows: requests.map((r) => ({
        task: { text: r.view.text, href: `${ctx.base}/task?id=${encodeURIComponent(r.view.workflowId)}` },
        agency: r.view.agencyName,
        due: civil(r.occ.due),
        asked: civil(r.ext.requestedDue),
        reason: r.ext.reason,
        at: instant(r.ext.at),
      })),
      empty: 'Không có đề nghị gia hạn nào đang chờ.',
    };
    if (await maybeExport(request, reply, table)) return reply;
    const ok = one(q(request).ok) === '1';
    const body = html`<h1>Gia hạn</h1>
${ok && html`<p class="notice notice-ok" role="status">Đã ghi nhận quyết định.</p>`}
<div class="toolbar"><span class="muted">${requests.length} đề nghị đang chờ</span>${exportLinks(request.url)}</div>
${requests.length === 0 && html`<p class="muted">${table.empty}</p>`}
<div class="grid grid-2">
${requests.map((r, i) => {
  const action = `${ctx.base}/task/act?id=${encodeURIComponent(r.view.workflowId)}&action=decideExtension`;
  return html`<section class="card" aria-labelledby="ext-${i}">
<h2 id="ext-${i}"><a href="${ctx.base}/task?id=${encodeURIComponent(r.view.workflowId)}">${r.view.agencyName}: ${short(r.view.text, 70)}</a></h2>
<dl class="facts">
  <dt>Hạn hiện tại</dt><dd>${civilWithWeekday(r.occ.due)}</dd>
  <dt>Đề nghị đến</dt><dd><strong>${civilWithWeekday(r.ext.requestedDue)}</strong></dd>
  <dt>Lý do</dt><dd>${r.ext.reason}</dd>
  <dt>Gửi lúc</dt><dd>${instant(r.ext.at)}</dd>
</dl>
${
  viewer.role === 'supervisor'
    ? html`<form method="post" action="${action}" style="margin-top:12px">
<input type="hidden" name="back" value="extensions"><input type="hidden" name="occurrence" value="${r.occ.index}">
<div class="row">
<div class="field"><label for="due-${i}">Hạn mới (để trống = theo đề nghị)</label><input id="due-${i}" name="newDue" type="date"></div>
<div class="field"><label for="reason-${i}">Lý do quyết định</label><input id="reason-${i}" name="reason"></div>
</div>
<button type="submit" name="decision" value="approve">Đồng ý</button>
<button type="submit" name="decision" value="reject" class="danger">Từ chối</button>
</form>`
    : html`<p class="muted">Lãnh đạo Văn phòng quyết định đề nghị này.</p>`
}
</section>`;
})}
</div>`;
    return sendHtml(reply, page({ base: ctx.base, title: 'Gia hạn', section: 'extensions', viewer, body }));
  });
}
