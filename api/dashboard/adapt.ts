/**
 * The API app registers the dashboard with its own options (api/app.ts AppOptions: config.tokens,
 * client, reader, planner). These functions turn those into the dashboard's dependencies, so the
 * dashboard logs in with exactly the API's bearer tokens and reads and plans as the API does.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { DirectiveSpec } from '../../directives/spec';
import type { PlanPreview, Role, Viewer } from './deps';

export interface TokenLike {
  token: string;
  role: Role;
  agencyId?: string;
  name?: string;
}

const ROLE_NAME: Record<Role, string> = { secretariat: 'Văn phòng', supervisor: 'Lãnh đạo theo dõi', agency: 'Đơn vị' };

const digest = (token: string) => createHash('sha256').update(token).digest();

/** Token → viewer, comparing digests in constant time; ids and names as the API's principals have them. */
export function tokenAuthenticator(tokens: TokenLike[], agencyName: (id: string) => string = (id) => id): (token: string) => Viewer | null {
  const known = tokens.map((t) => ({ hash: digest(t.token), entry: t }));
  return (token) => {
    const h = digest(token);
    const found = known.find((k) => timingSafeEqual(k.hash, h));
    if (!found) return null;
    const t = found.entry;
    const agencyId = t.role === 'agency' ? (t.agencyId ?? null) : null;
    return {
      role: t.role,
      id: agencyId ?? t.name ?? t.role,
      agencyId,
      name: t.name ?? (agencyId ? agencyName(agencyId) : ROLE_NAME[t.role]),
    };
  };
}

interface PlanLike {
  occurrences?: { taskId: string; agency: string; due: string; sends: PlanPreview['occurrences'][number]['sends'] }[];
  unplanned?: { taskId: string; reason: string }[];
}

/**
 * calendar/planDirective's DirectivePlan (as the API's planner returns it) → the register page's
 * preview; a value that already is a preview list passes through.
 */
export function previewOfPlan(plan: unknown): PlanPreview[] {
  if (Array.isArray(plan)) return plan as PlanPreview[];
  const p = (plan ?? {}) as PlanLike;
  const out = new Map<string, PlanPreview>();
  for (const o of p.occurrences ?? []) {
    const key = `${o.taskId}\u0000${o.agency}`;
    const item = out.get(key) ?? { taskId: o.taskId, agency: o.agency, occurrences: [] };
    item.occurrences.push({ due: o.due, sends: o.sends });
    out.set(key, item);
  }
  for (const u of p.unplanned ?? []) {
    const key = `${u.taskId}\u0000`;
    if (!out.has(key)) out.set(key, { taskId: u.taskId, agency: '', occurrences: [], note: u.reason });
  }
  return [...out.values()];
}

/** The API's reader takes options; the dashboard reads with the document's own date. */
export function readerOf(reader: (text: string, options: { issuedOn?: string }) => DirectiveSpec): (text: string, options?: { issuedOn?: string }) => DirectiveSpec {
  return (text, options = {}) => reader(text, options);
}
