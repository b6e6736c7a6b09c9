/**
 * The web dashboard, a fastify plugin that api/app.ts registers. Pages are rendered on the server
 * from TypeScript functions (html.ts escapes every value); a small script adds the chart, file
 * upload and source highlighting. Static assets are this folder's public/ files and Chart.js's UMD
 * build from node_modules, served by one route: no build step.
 *
 * Dependencies come from the plugin options: the dashboard's own (deps.ts), or api/app.ts's
 * (config.tokens, client, reader, planner), or else the instance's decorators (chidao, reader, planner).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { DirectiveSpec } from '../../directives/spec';
import { previewOfPlan, readerOf, tokenAuthenticator, type TokenLike } from './adapt';
import { viewerOf } from './auth';
import { makeCtx, sendHtml } from './context';
import { messagePage } from './layout';
import type { DashboardDeps, DashboardOptions } from './deps';
import { directiveRoutes } from './pages/directive';
import { directivesRoutes } from './pages/directives';
import { extensionsRoutes } from './pages/extensions';
import { loginRoutes } from './pages/login';
import { overviewRoutes } from './pages/overview';
import { registerRoutes } from './pages/register';
import { taskRoutes } from './pages/task';
import { tasksRoutes } from './pages/tasks';

export type { DashboardDeps, DashboardOptions, PlanPreview, Viewer } from './deps';

/** Where the dashboard lives when the registering app gives no prefix. */
export const DASHBOARD_PREFIX = '/dashboard';

const ASSETS: Record<string, { file: () => string; type: string }> = {
  'dashboard.css': { file: () => path.join(__dirname, 'public', 'dashboard.css'), type: 'text/css; charset=utf-8' },
  'dashboard.js': { file: () => path.join(__dirname, 'public', 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'overview.js': { file: () => path.join(__dirname, 'public', 'overview.js'), type: 'text/javascript; charset=utf-8' },
  'chart.umd.js': { file: () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), type: 'text/javascript; charset=utf-8' },
};

/** Options as api/app.ts passes them (its AppOptions), besides the dashboard's own. */
interface AppLikeOptions extends DashboardOptions {
  config?: { tokens?: TokenLike[] };
  reader?: (text: string, options: { issuedOn?: string }) => DirectiveSpec;
  planner?: (spec: DirectiveSpec) => unknown;
}

function resolveDeps(app: FastifyInstance, options: AppLikeOptions): DashboardDeps {
  const d = app as unknown as Record<string, unknown>;
  const pick = <T>(given: T | undefined, ...names: string[]): T | undefined => {
    if (given !== undefined) return given;
    for (const n of names) if (d[n] !== undefined) return d[n] as T;
    return undefined;
  };
  const agencyName = pick(options.agencyName, 'agencyName');
  const client = pick(options.client, 'chidao');
  const authenticate =
    options.authenticate ?? (options.config?.tokens ? tokenAuthenticator(options.config.tokens, agencyName) : undefined);
  const reader = options.reader ?? (d.reader as AppLikeOptions['reader']);
  const read = options.read ?? (reader ? readerOf(reader) : undefined);
  const planner = options.planner ?? (d.planner as AppLikeOptions['planner']);
  const given = options.plan ?? planner;
  const plan = given ? async (spec: DirectiveSpec) => previewOfPlan(await given(spec)) : undefined;
  if (!client || !authenticate || !read) {
    throw new Error('dashboard: needs client, authenticate (or config.tokens) and read (or reader), as plugin options or decorators');
  }
  return { ...options, client, authenticate, read, plan, agencyName, agencies: pick(options.agencies, 'agencies') };
}

const dashboard: FastifyPluginAsync<AppLikeOptions> = async (app, options) => {
  const deps = resolveDeps(app, options);
  const routes = async (scope: FastifyInstance) => {
    const ctx = makeCtx(deps, scope.prefix);
    // The register page's upload (a PDF, scan or DOCX as received); 20 MB, the API's default upload limit.
    await scope.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 4, parts: 6 } });
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1_048_576 }, (_req, body, done) => {
        const out: Record<string, string> = {};
        for (const [k, v] of new URLSearchParams(body as string)) out[k] = v;
        done(null, out);
      });
    }
    scope.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
      const asset = ASSETS[request.params.name];
      if (!asset) return reply.code(404).type('text/plain').send('not found');
      return reply.type(asset.type).header('cache-control', 'public, max-age=300').send(readFileSync(asset.file()));
    });
    // Pages answer in HTML, also when something fails: a Vietnamese page, the details in the log.
    scope.setErrorHandler(async (error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      request.log.error({ err: error, url: request.url }, 'dashboard: request failed');
      const viewer = await viewerOf(request, deps).catch(() => null);
      const message =
        status === 413
          ? 'Nội dung gửi lên quá lớn.'
          : status < 500
            ? 'Yêu cầu không hợp lệ.'
            : 'Máy chủ gặp lỗi khi xử lý yêu cầu; vui lòng thử lại sau ít phút.';
      return sendHtml(reply, messagePage({ base: ctx.base, title: 'Lỗi', section: 'overview', viewer, heading: 'Có lỗi xảy ra', message }), status >= 400 ? status : 500);
    });
    scope.setNotFoundHandler(async (request, reply) => {
      const viewer = await viewerOf(request, deps).catch(() => null);
      return sendHtml(reply, messagePage({ base: ctx.base, title: 'Không tìm thấy', section: 'overview', viewer, heading: 'Không tìm thấy trang', message: 'Địa chỉ này không có trên hệ thống.' }), 404);
    });
    await loginRoutes(scope, ctx);
    await overviewRoutes(scope, ctx);
    await directivesRoutes(scope, ctx);
    await directiveRoutes(scope, ctx);
    await tasksRoutes(scope, ctx);
    await taskRoutes(scope, ctx);
    await registerRoutes(scope, ctx);
    await extensionsRoutes(scope, ctx);
  };
  // Mounted at the registering app's prefix, or at /dashboard when it gives none.
  if (app.prefix) await routes(app);
  else await app.register(routes, { prefix: DASHBOARD_PREFIX });
};

export default dashboard;
