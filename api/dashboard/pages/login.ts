/** Đăng nhập: a token from config/tokens.yaml, typed once, kept in an HttpOnly cookie. */
import type { FastifyInstance } from 'fastify';
import { homeOf, loginCookie, logoutCookie, safeNext, viewerOf } from '../auth';
import { one, sendHtml, type Ctx } from '../context';
import { html } from '../html';
import { page } from '../layout';

function loginPage(ctx: Ctx, next: string, error: string | null): string {
  return page({
    base: ctx.base,
    title: 'Đăng nhập',
    section: 'login',
    viewer: null,
    body: html`<div class="card" style="max-width:28rem;margin:24px auto">
<h1>Đăng nhập</h1>
<p class="muted">Dùng mã truy cập (token) mà Văn phòng cấp cho tài khoản của bạn.</p>
${error && html`<p class="notice notice-error" role="alert">${error}</p>`}
<form method="post" action="${ctx.base}/login">
  <input type="hidden" name="next" value="${next}">
  <div class="field"><label for="token">Mã truy cập</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required></div>
  <button type="submit">Đăng nhập</button>
</form></div>`,
  });
}

export async function loginRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/login', async (request, reply) => {
    const viewer = await viewerOf(request, ctx.deps);
    const next = one((request.query as Record<string, string>).next);
    if (viewer) return reply.redirect(safeNext(next, ctx.base) ?? homeOf(viewer, ctx.base), 303);
    return sendHtml(reply, loginPage(ctx, next, null));
  });

  app.post('/login', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string>;
    const token = one(body.token);
    const viewer = token ? await ctx.deps.authenticate(token) : null;
    if (!viewer) {
      request.log.warn('dashboard: login refused');
      return sendHtml(reply, loginPage(ctx, one(body.next), 'Mã truy cập không đúng.'), 401);
    }
    reply.header('set-cookie', loginCookie(token, ctx.base, ctx.deps.secureCookie ?? false));
    return reply.redirect(safeNext(one(body.next), ctx.base) ?? homeOf(viewer, ctx.base), 303);
  });

  app.post('/logout', async (_request, reply) => {
    reply.header('set-cookie', logoutCookie(ctx.base));
    return reply.redirect(`${ctx.base}/login`, 303);
  });
}
