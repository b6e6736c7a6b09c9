/**
 * Signed action links: a reminder lets an agency act on its task without an account.
 * A token binds (task workflow id, agency, action, expiry, nonce) under HMAC-SHA256; verification refuses a
 * tampered, expired or (when redeemed) replayed token. The API backs the NonceStore with a file or memory store.
 *
 * Token: base64url(JSON claims) "." base64url(HMAC-SHA256(secret, "chidao-link.v1." + payload)).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const LINK_ACTIONS = ['acknowledge', 'reportProgress', 'complete', 'requestExtension'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export interface LinkClaims {
  /** Task workflow id. */
  wid: string;
  /** The agency the link speaks for. */
  agency: string;
  action: LinkAction;
  /** Expiry, epoch seconds. */
  exp: number;
  /** Single-use nonce. */
  nonce: string;
}

export type LinkRefusal = 'malformed' | 'bad-signature' | 'expired' | 'replayed';
export type LinkVerification = { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal };

/** Remembers redeemed nonces until their link would have expired anyway. */
export interface NonceStore {
  /**
   * Marks the nonce used; resolves false when it was used already. Must be atomic per nonce. A store may
   * forget nonces whose expiresAt is before `now` (their links are refused as expired anyway).
   */
  useOnce(nonce: string, expiresAt: Date, now: Date): Promise<boolean>;
}

const DOMAIN = 'chidao-link.v1.';
const MIN_SECRET_BYTES = 32;

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function mac(secret: string, payload: string): Buffer {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    throw new Error(`client/links.ts: the link secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  return createHmac('sha256', secret).update(DOMAIN + payload).digest();
}

/** A deterministic nonce for (dedupeKey, action): a retried send carries the same links. */
export function deriveNonce(secret: string, seed: string): string {
  return b64url(mac(secret, `nonce:${seed}`).subarray(0, 16));
}

export function signActionToken(secret: string, claims: LinkClaims): string {
  if (!LINK_ACTIONS.includes(claims.action)) throw new Error(`client/links.ts: unknown action "${claims.action}"`);
  const payload = b64url(JSON.stringify({ wid: claims.wid, agency: claims.agency, action: claims.action, exp: claims.exp, nonce: claims.nonce }));
  return `${payload}.${b64url(mac(secret, payload))}`;
}

/** The URL an email carries: `${baseUrl}/a/${token}`. */
export function actionLink(baseUrl: string, secret: string, claims: LinkClaims): string {
  return `${baseUrl.replace(/\/+$/, '')}/a/${signActionToken(secret, claims)}`;
}

/** The token inside a link produced by actionLink, or the argument itself when it already is a token. */
export function tokenOf(linkOrToken: string): string {
  const m = /\/a\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)(?:[?#].*)?$/.exec(linkOrToken);
  return m ? m[1] : linkOrToken;
}

function parseClaims(json: string): LinkClaims | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Record<string, unknown>;
  if (typeof c.wid !== 'string' || typeof c.agency !== 'string' || typeof c.nonce !== 'string') return null;
  if (typeof c.exp !== 'number' || !Number.isInteger(c.exp)) return null;
  if (typeof c.action !== 'string' || !(LINK_ACTIONS as readonly string[]).includes(c.action)) return null;
  return { wid: c.wid, agency: c.agency, action: c.action as LinkAction, exp: c.exp, nonce: c.nonce };
}

/** Checks signature and expiry without consuming the nonce (e.g. to show the form behind a link). */
export function verifyActionToken(secret: string, linkOrToken: string, now: Date): LinkVerification {
  const token = tokenOf(linkOrToken);
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) {
    return { ok: false, reason: 'malformed' };
  }
  const [payload, signature] = parts;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  const claims = parseClaims(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!claims) return { ok: false, reason: 'malformed' };
  if (now.getTime() >= claims.exp * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** Verifies and consumes: a second redemption of the same link is refused as replayed. */
export async function redeemActionToken(
  secret: string,
  linkOrToken: string,
  now: Date,
  nonces: NonceStore,
): Promise<LinkVerification> {
  const checked = verifyActionToken(secret, linkOrToken, now);
  if (!checked.ok) return checked;
  const fresh = await nonces.useOnce(checked.claims.nonce, new Date(checked.claims.exp * 1000), now);
  return fresh ? checked : { ok: false, reason: 'replayed' };
}

/** In-process NonceStore; forgets nonces whose links have expired. */
export class MemoryNonceStore implements NonceStore {
  private readonly used = new Map<string, number>();

  async useOnce(nonce: string, expiresAt: Date, now: Date): Promise<boolean> {
    for (const [n, exp] of this.used) if (exp <= now.getTime()) this.used.delete(n);
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expiresAt.getTime());
    return true;
  }
}

/** What a sender needs to put links in its messages. */
export interface LinkSettings {
  /** Public base URL of the API, e.g. "https://chidao.kontum.example.invalid". */
  baseUrl: string;
  /** HMAC secret, at least 32 bytes; the API verifies with the same secret. */
  secret: string;
  /** A link stays valid this many days after the task's due day. */
  ttlDays: number;
}
