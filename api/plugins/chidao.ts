/**
 * The services routes use, as decorators: `fastify.chidao` (the client/ façade, the only door to Temporal),
 * `fastify.reader` (directives/: text → DirectiveSpec), `fastify.planner` (calendar/: the reminder plan of a
 * spec) and `fastify.links` (the secret and nonce store of signed action links). api/main.ts passes the real ones; nothing here
 * holds a Temporal connection of its own.
 */
import fp from 'fastify-plugin';
import type { ChidaoClient } from '../../client/types';
import type { CivilDate } from '../../calendar/types';
import type { DirectiveSpec } from '../../directives/spec';
import type { NonceStore } from '../../client/links';

export interface ReadOptions {
  /** The document's date when the text has none (the text's own date wins). */
  issuedOn?: CivilDate;
}

export type DirectiveReader = (text: string, options: ReadOptions) => DirectiveSpec;

export interface PlanOptions {
  /** The instant the plan is made as of (ISO); now by default. */
  asOf?: string;
  /** Escalation policy id; the default policy otherwise. */
  policyId?: string;
}

/** The reminder plan of a spec, as calendar/planDirective computes it (JSON-serialisable). */
export type DirectivePlanner = (spec: DirectiveSpec, options?: PlanOptions) => unknown;

/** Signed action links (client/links.ts): the shared HMAC secret and where redeemed nonces are remembered. */
export interface LinkService {
  secret: string;
  nonces: NonceStore;
}

export interface ChidaoServices {
  client: ChidaoClient;
  reader: DirectiveReader;
  planner: DirectivePlanner;
  links: LinkService;
}

declare module 'fastify' {
  interface FastifyInstance {
    chidao: ChidaoClient;
    reader: DirectiveReader;
    planner: DirectivePlanner;
    links: LinkService;
  }
}

export default fp(
  async (fastify, services: ChidaoServices) => {
    fastify.decorate('chidao', services.client);
    fastify.decorate('reader', services.reader);
    fastify.decorate('planner', services.planner);
    fastify.decorate('links', services.links);
  },
  { name: 'chidao-services' },
);
