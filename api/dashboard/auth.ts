/**
 * Login with the API's bearer tokens. The token typed into the login form is checked with the
 * API's authenticate(), then kept in an HttpOnly, SameSite=Strict cookie; a request may also carry
 * it as "Authorization: Bearer …", as API calls do. The cookie holds the token itself, so revoking
 * a token in config logs its holder out on the next request.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DashboardDeps, Role, Viewer } from './deps';

export const COOKIE = 'chidao_dashboard';

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    if (!key) continue;
    try {
      out[key] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[key] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

export function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return parseCookies(request.headers.cookie)[COOKIE] || null;
}

export async function viewerOf(request: FastifyRequest, deps: DashboardDeps): Promise<Viewer | null> {
  const token = tokenOf(request);
  if (!token) return null;
  return (await deps.authenticate(token)) ?? null;
}

export function loginCookie(token: string, path: string, secure: boolean): string {
  return [
    `${COOKIE}=${encodeURIComponent(token)}`,
    `Path=${path || '/'}`,
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=43200',
    secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function logoutCookie(path: string): string {
  return `${COOKIE}=; Path=${path || '/'}; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/** The first page a role lands on. */
export function homeOf(viewer: Viewer, base: string): string {
  return viewer.role === 'agency' ? `${base}/tasks` : base || '/';
}

export function allowed(viewer: Viewer, roles: Role[]): boolean {
  return roles.includes(viewer.role);
}

/** Redirect to the login page, remembering where the viewer wanted to go. */
export function toLogin(reply: FastifyReply, request: FastifyRequest, base: string): FastifyReply {
  return reply.redirect(`${base}/login?next=${encodeURIComponent(request.url)}`, 303);
}

/** Only same-dashboard paths are followed after login (no open redirect). */
export function safeNext(next: unknown, base: string): string | null {
  if (typeof next !== 'string') return null;
  if (!next.startsWith(`${base}/`) && next !== base) return null;
  if (next.startsWith('//') || next.includes('\\')) return null;
  return next;
}
