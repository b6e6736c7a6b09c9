/**
 * Roles. A bearer token from config/api.ts names a principal: the secretariat, a supervisor, or one agency.
 * `request.principal` is set on every request (null without a token); `fastify.requireRole(...)` is an
 * onRequest hook that refuses the others with 401/403; `fastify.refuse(...)` logs and counts a refusal.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Role, TokenEntry } from '../../config/api';
import type { Actor } from '../../workflows/types';
import { ApiError } from '../errors';

export interface Principal {
  role: Role;
  agencyId: string | null;
  name: string;
  /** Who the workflow history records. */
  actor: Actor;
}

const ROLE_VI: Record<Role, string> = { secretariat: 'Văn phòng (thư ký)', supervisor: 'lãnh đạo theo dõi', agency: 'đơn vị' };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    requireRole(...roles: Role[]): onRequestHookHandler;
    /** Logs the refused attempt, counts it, and returns the 403 to throw. */
    refuse(request: FastifyRequest, reason: { vi: string; en: string; taskWorkflowId?: string }): ApiError;
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest();

function principalOf(entry: TokenEntry): Principal {
  const id = entry.role === 'agency' ? entry.agencyId! : (entry.name ?? entry.role);
  const name = entry.name ?? (entry.role === 'agency' ? entry.agencyId! : ROLE_VI[entry.role]);
  return { role: entry.role, agencyId: entry.agencyId ?? null, name, actor: { kind: entry.role, id, name } };
}

/** Token → principal, or null for an unknown token (constant-time comparison of digests). */
export function makeAuthenticator(tokens: TokenEntry[]): (token: string) => Principal | null {
  const known = tokens.map((t) => ({ hash: digest(t.token), principal: principalOf(t) }));
  return (token) => {
    const h = digest(token);
    let found: Principal | null = null;
    for (const k of known) if (timingSafeEqual(k.hash, h)) found = k.principal;
    return found;
  };
}

export default fp(
  async (fastify, opts: { tokens: TokenEntry[] }) => {
    const authenticate = makeAuthenticator(opts.tokens);
    const refusals = fastify.metrics.counter('chidao_api_refusals_total', 'Requests refused for want of a role or ownership.');

    fastify.decorateRequest('principal', null);

    fastify.addHook('onRequest', async (request) => {
      const header = request.headers.authorization;
      if (header === undefined) return;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) {
        throw new ApiError(401, 'unauthorized', 'headers.authorization', 'Tiêu đề Authorization phải có dạng "Bearer <token>"', 'The Authorization header must be "Bearer <token>"');
      }
      const found = authenticate(match[1]);
      if (!found) {
        refusals({ reason: 'unknown-token' });
        request.log.warn({ event: 'auth-refused', reason: 'unknown-token', url: request.url }, 'unknown bearer token');
        throw new ApiError(401, 'unauthorized', 'headers.authorization', 'Token không hợp lệ', 'Unknown token');
      }
      request.principal = found;
    });

    fastify.decorate('refuse', (request: FastifyRequest, reason: { vi: string; en: string; taskWorkflowId?: string }) => {
      const p = request.principal;
      refusals({ reason: 'forbidden', role: p?.role ?? 'none' });
      request.log.warn(
        { event: 'forbidden', role: p?.role, agencyId: p?.agencyId, method: request.method, url: request.url, taskWorkflowId: reason.taskWorkflowId },
        reason.en,
      );
      return new ApiError(403, 'forbidden', null, reason.vi, reason.en);
    });

    fastify.decorate('requireRole', (...roles: Role[]): onRequestHookHandler => {
      return async (request) => {
        const p = request.principal;
        if (!p) {
          throw new ApiError(401, 'unauthorized', 'headers.authorization', 'Cần đăng nhập: thiếu token (Authorization: Bearer …)', 'Authentication required: missing bearer token');
        }
        if (!roles.includes(p.role)) {
          throw fastify.refuse(request, {
            vi: `Vai trò "${ROLE_VI[p.role]}" không được phép thực hiện thao tác này (cần: ${roles.map((r) => ROLE_VI[r]).join(', ')})`,
            en: `Role "${p.role}" may not do this (needs: ${roles.join(', ')})`,
          });
        }
      };
    });
  },
  { name: 'chidao-auth', dependencies: ['chidao-metrics'] },
);
