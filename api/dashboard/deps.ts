/**
 * What the dashboard needs from the rest of chidao. api/app.ts passes these as plugin options
 * (or decorates the instance); tests pass the real parts. Nothing here talks to Temporal except
 * through the ChidaoClient façade.
 */
import type { CivilDate, PlannedSend } from '../../calendar/types';
import type { ChidaoClient } from '../../client/types';
import type { DirectiveSpec } from '../../directives/spec';

export type Role = 'secretariat' | 'supervisor' | 'agency';

/** Who is looking, as the API's bearer token says. */
export interface Viewer {
  role: Role;
  /** The viewer's own id (token subject), recorded as the actor of what they do. */
  id: string;
  /** Set for agency tokens: the only agency whose tasks this viewer may see. */
  agencyId: string | null;
  name: string;
}

/** The reminder timeline of one (task, lead agency) of a spec that is not registered yet. */
export interface PlanPreview {
  taskId: string;
  agency: string;
  occurrences: { due: CivilDate; sends: PlannedSend[] }[];
  /** Why no timeline (no deadline, unresolved phrase ...), in Vietnamese. */
  note?: string;
}

export interface DashboardDeps {
  client: ChidaoClient;
  /** Bearer token → viewer, or null when the token is unknown. */
  authenticate(token: string): Viewer | null | Promise<Viewer | null>;
  /** directives/readDirective. */
  read(text: string, options?: { issuedOn?: string }): DirectiveSpec | Promise<DirectiveSpec>;
  /** The reminder plan a spec would produce; the register page shows it before registering. */
  plan?(spec: DirectiveSpec): PlanPreview[] | Promise<PlanPreview[]>;
  /** Directory name of an agency id; the id itself when unknown. */
  agencyName?(agencyId: string): string;
  /** The directory's agencies, for choosing an assignee on the register page. */
  agencies?(): { id: string; name: string }[];
  /** Today in Asia/Ho_Chi_Minh; the clock otherwise. */
  today?(): CivilDate;
  /** Set the Secure flag on the login cookie (behind HTTPS). */
  secureCookie?: boolean;
}

export type DashboardOptions = Partial<DashboardDeps>;
