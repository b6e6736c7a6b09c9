/**
 * Identifiers derived from a reminder's dedupe key, so that a retry after a crash carries the same identity:
 * the email Message-ID and the Zalo tracking_id. Pure functions of the key (and the sender's domain).
 */
import { createHash } from 'node:crypto';

const ZALO_TRACKING_ID_MAX = 48;

function digest(dedupeKey: string): string {
  if (dedupeKey.length === 0) throw new Error('activities/dedupe.ts: dedupeKey must not be empty');
  return createHash('sha256').update(dedupeKey, 'utf8').digest('hex');
}

/** RFC 5322 Message-ID, angle brackets included: `<chidao.{40 hex}@{domain}>`. */
export function messageIdFor(dedupeKey: string, domain: string): string {
  return `<chidao.${digest(dedupeKey).slice(0, 40)}@${domain}>`;
}

/**
 * Zalo tracking_id: at most 48 characters and no special characters (Zalo's recommendation), so the key is
 * hashed: 48 hex digits (192 bits) of SHA-256.
 */
export function trackingIdFor(dedupeKey: string): string {
  return digest(dedupeKey).slice(0, ZALO_TRACKING_ID_MAX);
}

/** The domain part of an address such as `"Văn phòng" <nhacviec@kontum.example.invalid>`. */
export function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  if (!match) throw new Error(`activities/dedupe.ts: no domain in sender address "${address}"`);
  return match[1].toLowerCase();
}
