/** What every page's routes share: the resolved dependencies, the base path, and small reply helpers. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowed, toLogin, viewerOf } from './auth';
import type { DashboardDeps, Role, Viewer } from './deps';
import { exportFormat, sendExport } from './export';
import type { TaskSummary } from '../../client/types';
import type { TaskView } from '../../workflows/types';
import { todayLocal } from './format';
import { loadViews } from './load';
import { messagePage, type Section } from './layout';
import type { ListTable } from './table';

export interface Ctx {
  deps: DashboardDeps;
  /** Task views for summaries, agency names as the directory has them. */
  views(summaries: TaskSummary[]): Promise<TaskView[]>;
  /** One task's view (directory names), or null when it cannot be read. */
  view(workflowId: string): Promise<TaskView | null>;
  /** Path the dashboard is mounted at, "/dashboard" by default; links are built on it. */
  base: string;
  agencyName(id: string): string;
  today(): string;
}

export function makeCtx(deps: DashboardDeps, base: string): Ctx {
  // The workflow keeps the name the text used ("UBND các xã"); the directory's name wins when it knows the id.
  const named = (v: TaskView): TaskView => {
    const name = deps.agencyName?.(v.agencyId);
    return name && name !== v.agencyId ? { ...v, agencyName: name } : v;
  };
  return {
    deps,
    base,
    views: async (summaries) => (await loadViews(deps.client, summaries)).map(named),
    view: async (id) => {
      if (!id) return null;
      try {
        return named(await deps.client.status(id));
      } catch {
        return null;
      }
    },
    agencyName: (id) => deps.agencyName?.(id) ?? id,
    today: () => deps.today?.() ?? todayLocal(),
  };
}

export function sendHtml(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('x-frame-options', 'DENY')
    .type('text/html; charset=utf-8')
    .send(body);
}

/**
 * The viewer, when logged in with one of the roles; otherwise the reply is sent (login redirect,
 * or a 403 page) and null returned.
 */
export async function guard(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  roles: Role[],
  section: Section,
): Promise<Viewer | null> {
  const viewer = await viewerOf(request, ctx.deps);
  if (!viewer) {
    toLogin(reply, request, ctx.base);
    return null;
  }
  if (!allowed(viewer, roles)) {
    forbidden(ctx, request, reply, viewer, section, 'Tài khoản của bạn không được xem trang này.');
    return null;
  }
  return viewer;
}

/** A logged, Vietnamese 403 page; by default for a task of another agency. */
export function forbidden(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  viewer: Viewer,
  section: Section,
  message = 'Nhiệm vụ này không thuộc đơn vị của bạn.',
): FastifyReply {
  request.log.warn({ viewer: viewer.id, role: viewer.role, url: request.url }, 'dashboard: access refused');
  return sendHtml(
    reply,
    messagePage({
      base: ctx.base,
      title: 'Không có quyền',
      section,
      viewer,
      heading: 'Không có quyền truy cập',
      message,
    }),
    403,
  );
}

export function notFound(ctx: Ctx, reply: FastifyReply, viewer: Viewer | null, section: Section, what: string): FastifyReply {
  return sendHtml(
    reply,
    messagePage({ base: ctx.base, title: 'Không tìm thấy', section, viewer, heading: 'Không tìm thấy', message: what }),
    404,
  );
}

/** When the query asks for ?format=csv|xlsx, send the table as a file and return true. */
export async function maybeExport(request: FastifyRequest, reply: FastifyReply, table: ListTable): Promise<boolean> {
  const format = exportFormat((request.query as Record<string, unknown>).format);
  if (!format) return false;
  const origin = `${request.protocol}://${request.host}`;
  await sendExport(reply, table, format, origin);
  return true;
}

/** Query values as strings; repeated keys as arrays where asked. */
export function q(request: FastifyRequest): Record<string, string | string[] | undefined> {
  return (request.query ?? {}) as Record<string, string | string[] | undefined>;
}

export function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function many(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
}

/** An error from the client as a sentence for people: the validator's message, not the stack. */
export function errorMessage(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object' && 'cause' in e && (e as { cause?: unknown }).cause; i++) {
    e = (e as { cause: unknown }).cause;
  }
  const msg = e instanceof Error ? e.message : String(e);
  return msg || 'Lỗi không xác định';
}
