/**
 * Đăng ký văn bản: paste or upload a text → the reader's tasks, agencies and deadlines beside the
 * text with their source phrases highlighted → correct any field → preview the reminder timeline →
 * register. Every step is a plain form post; the page keeps the text and the reader's spec in
 * hidden fields, and spec-form.ts applies the corrections, so no state lives on the server.
 */
import type { FastifyInstance } from 'fastify';
import { DirectiveSpec, DocumentType, type ReaderWarning } from '../../../directives/spec';
import { errorMessage, guard, sendHtml, type Ctx } from '../context';
import type { PlanPreview, Viewer } from '../deps';
import { civil, civilWithWeekday, instant } from '../format';
import { highlight } from '../highlight';
import { html, type Html } from '../html';
import { page } from '../layout';
import { applyEdits, type Form } from '../spec-form';
import { isIngestError, withSource } from '../../../ingest';
import { submittedDocument } from '../upload';

const MAX_TEXT = 200_000;
const ACCEPT = '.pdf,.docx,.doc,.png,.jpg,.jpeg,.tif,.tiff,.txt,.html,application/pdf,image/*,text/plain';

const KIND_LABEL = { once: 'Một lần', recurring: 'Định kỳ', event: 'Tính từ sự kiện', none: 'Không có hạn' } as const;
const STEP_KIND = { reminder: 'Nhắc việc', 'late-notice': 'Thông báo quá hạn' } as const;
const RECIPIENT = { focal: 'đầu mối', head: 'thủ trưởng', supervisor: 'lãnh đạo VP', leader: 'lãnh đạo phụ trách' } as const;

function pasteForm(ctx: Ctx, text: string, error: string | null): Html {
  return html`<h1>Đăng ký văn bản</h1>
<ol class="muted"><li>Dán hoặc tải lên văn bản</li><li>Kiểm tra, sửa nhiệm vụ, đơn vị, thời hạn</li><li>Xem trước lịch nhắc việc</li><li>Đăng ký</li></ol>
${error && html`<p class="notice notice-error" role="alert">${error}</p>`}
<form class="card" method="post" action="${ctx.base}/register/read" enctype="multipart/form-data">
  <div class="field"><label for="file">Tải lên tệp văn bản (PDF có chữ ký số hoặc bản quét, DOCX, DOC, ảnh chụp, TXT)</label>
  <input id="file" name="file" type="file" accept="${ACCEPT}" data-fills="text"></div>
  <div class="field"><label for="text">Hoặc dán nội dung văn bản</label>
  <textarea id="text" name="text" rows="18">${text}</textarea></div>
  <button type="submit">Đọc văn bản</button>
</form>`;
}

function warningsAt(warnings: ReaderWarning[], start: number, end: number): ReaderWarning[] {
  return warnings.filter((w) => w.span && w.span.start >= start && w.span.start < end);
}

function agencyField(ctx: Ctx, id: string, value: string | null, name: string): Html {
  const list = ctx.deps.agencies?.();
  if (!list || list.length === 0) return html`<input id="${id}" name="${name}" value="${value ?? ''}">`;
  const known = list.some((a) => a.id === value);
  return html`<select id="${id}" name="${name}"><option value="">(chưa xác định)</option>${!known && value ? html`<option value="${value}" selected>${value}</option>` : ''}${list.map(
    (a) => html`<option value="${a.id}"${a.id === value ? html` selected` : ''}>${a.name}</option>`,
  )}</select>`;
}

function reviewForm(ctx: Ctx, text: string, original: DirectiveSpec, spec: DirectiveSpec, errors: string[], plan: PlanPreview[] | null, planError: string | null): Html {
  const doc = spec.document;
  const taskWarnings = new Set<ReaderWarning>();
  spec.tasks.forEach((t) => warningsAt(spec.warnings, t.span.start, t.span.end).forEach((w) => taskWarnings.add(w)));
  const general = spec.warnings.filter((w) => !taskWarnings.has(w));
  // Task indexes in the form refer to the original spec's tasks (removed ones are dropped on apply).
  return html`<h1>Kiểm tra văn bản trước khi đăng ký</h1>
${spec.source && html`<p class="muted">Đọc từ tệp ${spec.source.fileName}: ${spec.source.conversions.join('; ')}</p>`}
${errors.length > 0 && html`<div class="notice notice-error" role="alert"><p>Cần sửa trước khi tiếp tục:</p><ul>${errors.map((e) => html`<li>${e}</li>`)}</ul></div>`}
<div class="grid grid-side">
<section class="card" aria-labelledby="h-text"><div class="sticky">
<h2 id="h-text">Văn bản gốc</h2>
<p class="legend muted">Đánh dấu: <mark class="deadline">thời hạn</mark> <mark class="agency">đơn vị</mark> <mark class="warning">cần xem lại</mark></p>
<div class="doc-text" id="doc-text" tabindex="0" role="region" aria-label="Văn bản gốc đã đánh dấu">${highlight(text, spec)}</div>
</div></section>
<section aria-labelledby="h-read">
<h2 id="h-read">Chidao đọc được</h2>
<form method="post" action="${ctx.base}/register/review" id="review">
<input type="hidden" name="text" value="${text}">
<input type="hidden" name="spec" value="${JSON.stringify(original)}">
${general.length > 0 && html`<div class="notice notice-warn" role="note"><p>Lưu ý từ bộ đọc văn bản:</p><ul>${general.map((w) => html`<li data-warning="${w.code}">${w.message}</li>`)}</ul></div>`}
<fieldset class="task"><legend>Thông tin văn bản</legend>
<div class="row">
<div class="field"><label for="doc-number">Số, ký hiệu</label><input id="doc-number" name="doc.number" value="${doc.number ?? ''}"></div>
<div class="field"><label for="doc-type">Loại văn bản</label><select id="doc-type" name="doc.type">${DocumentType.options.map((t) => html`<option${t === doc.type ? html` selected` : ''}>${t}</option>`)}</select></div>
<div class="field"><label for="doc-issuedOn">Ngày ban hành</label><input id="doc-issuedOn" name="doc.issuedOn" type="date" value="${doc.issuedOn ?? ''}"></div>
</div>
<div class="field"><label for="doc-issuer">Cơ quan ban hành</label><input id="doc-issuer" name="doc.issuer" value="${doc.issuer ?? ''}"></div>
<div class="field"><label for="doc-subject">Trích yếu</label><textarea id="doc-subject" name="doc.subject" rows="2">${doc.subject ?? ''}</textarea></div>
</fieldset>
${original.tasks.map((orig, i) => {
  const task = spec.tasks.find((t) => t.id === orig.id);
  const removed = !task;
  const t = task ?? orig;
  const ws = warningsAt(spec.warnings, t.span.start, t.span.end);
  return html`<fieldset class="task" data-task="${t.id}" id="task-${i}"><legend>Nhiệm vụ ${t.ref || i + 1}</legend>
${ws.length > 0 && html`<ul class="warn-list">${ws.map((w) => html`<li data-warning="${w.code}">${w.message}</li>`)}</ul>`}
<div class="row"><div class="field"><label for="t${i}-ref">Mục</label><input id="t${i}-ref" name="t.${i}.ref" value="${t.ref}"></div>
<div class="field"><label><input type="checkbox" name="t.${i}.remove" value="1"${removed ? html` checked` : ''}> Không theo dõi nhiệm vụ này</label></div></div>
<div class="field"><label for="t${i}-text">Nội dung</label><textarea id="t${i}-text" name="t.${i}.text" rows="3">${t.text}</textarea></div>
<h3>Đơn vị</h3>
${t.assignees.map(
  (a, j) => html`<div class="row">
<div class="field"><label for="t${i}-a${j}-name">Tên đơn vị</label><input id="t${i}-a${j}-name" name="t.${i}.a.${j}.name" value="${a.name}"></div>
<div class="field"><label for="t${i}-a${j}-id">Mã trong danh bạ</label>${agencyField(ctx, `t${i}-a${j}-id`, a.agencyId, `t.${i}.a.${j}.agencyId`)}</div>
<div class="field"><label for="t${i}-a${j}-role">Vai trò</label><select id="t${i}-a${j}-role" name="t.${i}.a.${j}.role"><option value="lead"${a.role === 'lead' ? html` selected` : ''}>Chủ trì</option><option value="coordinate"${a.role === 'coordinate' ? html` selected` : ''}>Phối hợp</option></select></div>
<div class="field"><label><input type="checkbox" name="t.${i}.a.${j}.remove" value="1"> Bỏ đơn vị này</label></div>
</div>`,
)}
<details><summary>Thêm đơn vị</summary><div class="row">
<div class="field"><label for="t${i}-an-name">Tên đơn vị</label><input id="t${i}-an-name" name="t.${i}.a.new.name"></div>
<div class="field"><label for="t${i}-an-id">Mã trong danh bạ</label>${agencyField(ctx, `t${i}-an-id`, null, `t.${i}.a.new.agencyId`)}</div>
<div class="field"><label for="t${i}-an-role">Vai trò</label><select id="t${i}-an-role" name="t.${i}.a.new.role"><option value="lead">Chủ trì</option><option value="coordinate">Phối hợp</option></select></div>
</div></details>
<h3>Thời hạn</h3>
${t.deadlines.length === 0 && html`<p class="muted">Không có thời hạn trong câu này (theo dõi theo mặc định hoặc báo cáo định kỳ).</p>`}
${t.deadlines.map(
  (d, k) => html`<div class="row">
<div class="field"><span class="muted">Cụm từ:</span> <mark>${d.phrase}</mark><br><span class="muted">${KIND_LABEL[d.kind]}${d.yearInferred ? ', năm được suy ra từ ngày văn bản' : ''}${d.recurrence && d.occurrences.length > 1 ? `; các kỳ: ${d.occurrences.slice(0, 4).map((o) => civil(o.due)).join(', ')}` : ''}</span></div>
<div class="field"><label for="t${i}-d${k}-due">Hạn${d.kind === 'recurring' ? ' (kỳ đầu)' : ''}</label><input id="t${i}-d${k}-due" name="t.${i}.d.${k}.due" type="date" value="${d.due ?? ''}"></div>
<div class="field"><label for="t${i}-d${k}-time">Giờ</label><input id="t${i}-d${k}-time" name="t.${i}.d.${k}.time" type="time" value="${d.time ?? ''}"></div>
</div>`,
)}
</fieldset>`;
})}
${plan !== null && planSection(spec, plan)}
${planError && html`<p class="notice notice-warn" role="note">Chưa xem trước được lịch nhắc việc: ${planError}</p>`}
<p class="toolbar"><button type="submit" name="step" value="preview" class="secondary">Xem trước lịch nhắc việc</button>
${plan !== null && errors.length === 0 && html`<button type="submit" name="step" value="register">Đăng ký văn bản</button>`}</p>
</form>
</section>
</div>`;
}

function planSection(spec: DirectiveSpec, plan: PlanPreview[]): Html {
  const refOf = (id: string) => spec.tasks.find((t) => t.id === id)?.ref ?? id;
  return html`<section class="card" aria-labelledby="h-plan" id="plan"><h2 id="h-plan">Lịch nhắc việc dự kiến</h2>
${plan.length === 0 && html`<p class="muted">Không có nhắc việc nào.</p>`}
${plan.map((p) => {
  const sends = p.occurrences.reduce((n, o) => n + o.sends.length, 0);
  const dues = p.occurrences.map((o) => civil(o.due)).join(', ');
  return html`<details class="plan"><summary>Nhiệm vụ ${refOf(p.taskId)}${p.agency ? ` — ${p.agency}` : ''}: ${dues ? `hạn ${dues}; ` : ''}${sends} lần gửi</summary>
${p.note && html`<p class="muted">${p.note}</p>`}
${p.occurrences.map(
  (o) => html`<p><strong>Hạn ${civilWithWeekday(o.due)}</strong></p><ol class="timeline">${o.sends.map(
    (s) => html`<li><time datetime="${s.at}">${instant(s.at)}</time> — ${STEP_KIND[s.kind]} (${s.offsetWorkingDays > 0 ? '+' : ''}${s.offsetWorkingDays} ngày làm việc): ${s.recipients.map((r) => RECIPIENT[r]).join(', ')} · ${s.channels.map((c) => (c === 'zalo' ? 'Zalo' : 'Email')).join(', ')}</li>`,
  )}</ol>`,
)}</details>`;
})}
</section>`;
}

function render(ctx: Ctx, viewer: Viewer, body: Html): string {
  return page({ base: ctx.base, title: 'Đăng ký văn bản', section: 'register', viewer, body });
}

export async function registerRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/register', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['secretariat'], 'register');
    if (!viewer) return reply;
    return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, '', null)));
  });

  app.post('/register/read', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['secretariat'], 'register');
    if (!viewer) return reply;
    let submitted;
    try {
      submitted = await submittedDocument(request);
    } catch (err) {
      const status = isIngestError(err) ? (err.code === 'unsupported' ? 415 : err.code === 'too-large' ? 413 : 422) : 422;
      return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, '', `Không đọc được tệp: ${errorMessage(err)}`)), status);
    }
    const { text, file } = submitted;
    if (!text.trim()) return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, text, 'Chưa có nội dung văn bản: hãy tải lên một tệp hoặc dán văn bản.')), 422);
    if (text.length > MAX_TEXT) {
      return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, '', `Văn bản quá dài (tối đa ${MAX_TEXT.toLocaleString('vi')} ký tự).`)), 413);
    }
    let spec: DirectiveSpec;
    try {
      spec = await ctx.deps.read(text, file?.doc.signedAt ? { issuedOn: file.doc.signedAt } : {});
    } catch (err) {
      return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, text, `Không đọc được văn bản: ${errorMessage(err)}`)), 422);
    }
    if (file) spec = withSource(spec, file.doc, file.fileName);
    return sendHtml(reply, render(ctx, viewer, reviewForm(ctx, text, spec, spec, [], null, null)));
  });

  app.post('/register/review', async (request, reply) => {
    const viewer = await guard(ctx, request, reply, ['secretariat'], 'register');
    if (!viewer) return reply;
    const form = (request.body ?? {}) as Form;
    // Browsers send line breaks as CRLF; spans count LF, as the reader saw the text.
    const text = String(form.text ?? '').replace(/\r\n/g, '\n');
    let original: DirectiveSpec;
    try {
      original = DirectiveSpec.parse(JSON.parse(String(form.spec ?? '')));
    } catch {
      return sendHtml(reply, render(ctx, viewer, pasteForm(ctx, text, 'Dữ liệu đọc văn bản bị hỏng; hãy đọc lại văn bản.')), 422);
    }
    const { spec, draft, errors } = applyEdits(original, form);
    if (!spec) return sendHtml(reply, render(ctx, viewer, reviewForm(ctx, text, original, draft, errors, null, null)), 422);

    if (form.step === 'register') {
      try {
        const result = await ctx.deps.client.register(spec, { text });
        request.log.info({ directiveId: result.directiveId, created: result.created, by: viewer.id }, 'dashboard: directive registered');
        return reply.redirect(`${ctx.base}/directive?id=${encodeURIComponent(result.directiveId)}&registered=${result.created ? 1 : 0}`, 303);
      } catch (err) {
        return sendHtml(reply, render(ctx, viewer, reviewForm(ctx, text, original, spec, [`Không đăng ký được: ${errorMessage(err)}`], [], null)), 422);
      }
    }
    let plan: PlanPreview[] | null = null;
    let planError: string | null = null;
    if (ctx.deps.plan) {
      try {
        plan = await ctx.deps.plan(spec);
      } catch (err) {
        planError = errorMessage(err);
      }
    } else {
      plan = spec.tasks.flatMap((t) =>
        t.assignees
          .filter((a) => a.role === 'lead')
          .map((a) => ({
            taskId: t.id,
            agency: a.name,
            occurrences: t.deadlines.filter((d) => d.due).map((d) => ({ due: d.due!, sends: [] })),
            note: 'Lịch nhắc chi tiết sẽ được lập khi đăng ký.',
          })),
      );
    }
    return sendHtml(reply, render(ctx, viewer, reviewForm(ctx, text, original, spec, [], plan, planError)));
  });
}
