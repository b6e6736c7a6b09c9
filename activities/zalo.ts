/**
 * Zalo: ZNS template messages by phone (POST {znsBaseUrl}/message/template) and OA consultation messages by
 * Zalo user id (POST {oaBaseUrl}/v3.0/oa/message/cs), both with the OA access token in the `access_token` header.
 *
 * Tokens: the access token is refreshed with the refresh token (POST {oauthBaseUrl}/v4/oa/access_token) shortly
 * before it expires, or once when Zalo calls it invalid. Refresh tokens rotate, so the new pair is saved to the
 * TokenStore before the new access token is used, and one refresh runs at a time (single flight).
 *
 * Outcomes: Zalo answers application errors with HTTP 200 and a negative `error`. Each code maps to
 *   refresh  - token invalid or expired: refresh once, send once more;
 *   retry    - transient (unknown error, rate limit, night window, 5xx, timeout): a plain Error, Temporal retries
 *              with the same tracking_id;
 *   fallback - this recipient or this OA cannot be reached by Zalo now (invalid phone, no Zalo account, refused,
 *              quota, template or app misconfigured): DELIVERY_REJECTED, non-retryable, fallback: true.
 */
import type { LinkSettings } from '../client/links';
import type { ZaloConfig } from '../config/zalo';
import type { DeliveryResult, ReminderMessage } from './contract';
import { trackingIdFor } from './dedupe';
import { rejection } from './email';
import { linksFor } from './templates/reminder';
import { oaText, znsTemplateData } from './templates/zalo';
import type { TokenPair, TokenStore } from './zalo-tokens';

type Action = { kind: 'refresh' } | { kind: 'retry' } | { kind: 'fallback'; reason: string; alert: boolean };

const REFRESH: Action = { kind: 'refresh' };
const RETRY: Action = { kind: 'retry' };
const fallback = (reason: string, alert = false): Action => ({ kind: 'fallback', reason, alert });

/** Zalo error codes (ZNS on business.openapi.zalo.me, OA on openapi.zalo.me); see ../shared/research/zalo.md §4. */
export const ZALO_ERRORS: Record<number, Action> = {
  [-124]: REFRESH, // ZNS: access token invalid
  [-216]: REFRESH, // OA: access token is invalid
  [-220]: REFRESH, // OA (and seen on ZNS): access token expired or removed
  [-100]: RETRY, // unknown error, retry later
  [-32]: RETRY, // OA rate limit (per minute)
  [-133]: RETRY, // ZNS cannot be sent at night (22:00-06:00)
  [-108]: fallback('invalid-phone'),
  [-118]: fallback('no-zalo-account'),
  [-119]: fallback('user-unreachable'),
  [-114]: fallback('user-unreachable'),
  [-110]: fallback('user-unreachable'),
  [-139]: fallback('user-refused'),
  [-140]: fallback('user-unreachable'),
  [-141]: fallback('user-refused'),
  [-213]: fallback('user-unreachable'), // OA: not a follower
  [-227]: fallback('user-unreachable'), // OA: user banned or inactive
  [-230]: fallback('user-unreachable'), // OA: no interaction in 7 days
  [-232]: fallback('user-unreachable'),
  [-144]: fallback('quota'), // OA daily ZNS limit
  [-147]: fallback('quota'), // template daily limit
  [-115]: fallback('quota', true), // ZNS balance insufficient
  [-109]: fallback('zalo-template', true),
  [-117]: fallback('zalo-template', true),
  [-131]: fallback('zalo-template', true),
  [-146]: fallback('zalo-template', true),
  [-111]: fallback('zalo-template-data', true),
  [-112]: fallback('zalo-template-data', true),
  [-1121]: fallback('zalo-template-data', true),
  [-1122]: fallback('zalo-template-data', true),
  [-1124]: fallback('zalo-template-data', true),
  [-101]: fallback('zalo-config', true),
  [-102]: fallback('zalo-config', true),
  [-103]: fallback('zalo-config', true),
  [-104]: fallback('zalo-config', true),
  [-105]: fallback('zalo-config', true),
  [-125]: fallback('zalo-config', true),
  [-135]: fallback('zalo-config', true),
  [-136]: fallback('zalo-config', true),
  [-137]: fallback('zalo-config', true),
  [-126]: fallback('zalo-config', true),
  [-127]: fallback('zalo-config', true),
};

export function zaloAction(code: number): Action {
  return ZALO_ERRORS[code] ?? fallback('zalo-error', true);
}

export interface ZaloLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

type Fetch = typeof fetch;

interface ZaloEnvelope {
  error?: number;
  message?: string;
  data?: Record<string, unknown>;
}

function transient(what: string, detail: string): Error {
  const e = new Error(`Zalo ${what}: ${detail}`);
  e.name = 'ZaloTransientError';
  return e;
}

async function postJson(fetchImpl: Fetch, url: string, init: RequestInit, timeoutMs: number, what: string): Promise<ZaloEnvelope> {
  let res: Response;
  try {
    res = await fetchImpl(url, { ...init, method: 'POST', signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw transient(what, `không kết nối được (${(e as Error).message})`);
  }
  const body = await res.text().catch(() => '');
  if (res.status >= 500 || res.status === 429) throw transient(what, `HTTP ${res.status}`);
  if (res.status >= 400) throw rejection('zalo-http', `${what}: HTTP ${res.status} ${body.slice(0, 200)}`, true, 'zalo');
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body) as ZaloEnvelope;
  } catch {
    throw transient(what, `phản hồi không phải JSON: ${body.slice(0, 200)}`);
  }
}

/** The OA token pair, refreshed ahead of expiry or on demand, one refresh at a time. */
export class ZaloTokens {
  private inflight: Promise<TokenPair> | null = null;
  /** Refreshes performed by this process (for operators and tests). */
  refreshes = 0;

  constructor(
    private readonly config: ZaloConfig,
    private readonly store: TokenStore,
    private readonly fetchImpl: Fetch = fetch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private expiring(pair: TokenPair): boolean {
    return Date.parse(pair.accessExpiresAt) - this.config.refreshMarginSeconds * 1000 <= this.now().getTime();
  }

  /** A usable access token, refreshing first when the stored one is about to expire. */
  async current(): Promise<TokenPair> {
    const pair = await this.store.load();
    if (!pair) throw rejection('zalo-auth', 'chưa có token OA; quản trị viên cần cấp quyền cho ứng dụng', true, 'zalo');
    return this.expiring(pair) ? this.refresh(pair.accessToken) : pair;
  }

  /**
   * Replaces `staleAccessToken`. Concurrent callers share one refresh; a caller whose stale token was already
   * replaced gets the stored pair without a new refresh.
   */
  refresh(staleAccessToken: string): Promise<TokenPair> {
    if (!this.inflight) {
      this.inflight = this.doRefresh(staleAccessToken).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async doRefresh(staleAccessToken: string): Promise<TokenPair> {
    const pair = await this.store.load();
    if (!pair) throw rejection('zalo-auth', 'chưa có token OA; quản trị viên cần cấp quyền cho ứng dụng', true, 'zalo');
    if (pair.accessToken !== staleAccessToken && !this.expiring(pair)) return pair;
    const body = new URLSearchParams({ refresh_token: pair.refreshToken, app_id: this.config.appId, grant_type: 'refresh_token' });
    const res = await postJson(
      this.fetchImpl,
      `${this.config.oauthBaseUrl.replace(/\/+$/, '')}/v4/oa/access_token`,
      { headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.config.secretKey }, body: body.toString() },
      this.config.timeoutMs,
      'làm mới token',
    );
    const r = res as Record<string, unknown>;
    const access = typeof r.access_token === 'string' ? r.access_token : '';
    const refresh = typeof r.refresh_token === 'string' ? r.refresh_token : '';
    const seconds = Number(r.expires_in);
    if (!access || !refresh || !Number.isFinite(seconds) || seconds <= 0) {
      // Another worker process sharing the token file may have rotated the pair a moment ago: use theirs.
      for (let i = 0; i < 3; i++) {
        const latest = await this.store.load();
        if (latest && latest.refreshToken !== pair.refreshToken) return latest;
        await new Promise((r) => setTimeout(r, 200));
      }
      // A consumed or revoked refresh token: only an OA admin re-authorising the app can fix it.
      const why = r.error !== undefined ? `mã ${String(r.error)} ${String(r.error_name ?? r.message ?? '')}` : 'phản hồi không có token';
      throw rejection('zalo-auth', `không làm mới được token OA (${why.trim()}); quản trị viên OA cần cấp quyền lại`, true, 'zalo');
    }
    const now = this.now();
    const next: TokenPair = {
      accessToken: access,
      refreshToken: refresh,
      accessExpiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
      obtainedAt: now.toISOString(),
    };
    await this.store.save(next); // durable before anyone uses the new access token
    this.refreshes += 1;
    return next;
  }
}

export interface ZaloDeps {
  config: ZaloConfig;
  tokens: ZaloTokens;
  links: LinkSettings;
  fetch?: Fetch;
  logger?: ZaloLogger;
  now?: () => Date;
}

export function createSendZalo(deps: ZaloDeps): (message: ReminderMessage) => Promise<DeliveryResult> {
  const { config, tokens } = deps;
  const fetchImpl = deps.fetch ?? fetch;
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? { warn: () => undefined };

  async function call(url: string, body: unknown, what: string): Promise<Record<string, unknown>> {
    let pair = await tokens.current();
    for (let attempt = 0; ; attempt++) {
      const res = await postJson(
        fetchImpl,
        url,
        { headers: { 'content-type': 'application/json', access_token: pair.accessToken }, body: JSON.stringify(body) },
        config.timeoutMs,
        what,
      );
      const code = typeof res.error === 'number' ? res.error : Number(res.error ?? NaN);
      if (code === 0) return res.data ?? {};
      if (!Number.isFinite(code)) throw transient(what, 'phản hồi không có mã lỗi');
      const action = zaloAction(code);
      const detail = `${what}: Zalo ${code} ${res.message ?? ''}`.trim();
      if (action.kind === 'refresh') {
        if (attempt > 0) throw rejection('zalo-auth', `${detail} (vẫn lỗi sau khi làm mới token)`, true, 'zalo');
        pair = await tokens.refresh(pair.accessToken);
        continue;
      }
      if (action.kind === 'retry') throw transient(what, `${code} ${res.message ?? ''}`);
      if (action.alert) logger.warn(`Zalo cần người xử lý: ${detail}`, { code, reason: action.reason });
      throw rejection(action.reason, detail, true, 'zalo');
    }
  }

  return async function sendZalo(message) {
    const { recipient } = message;
    const trackingId = trackingIdFor(message.dedupeKey);
    if (recipient.phone) {
      const body: Record<string, unknown> = {
        phone: recipient.phone,
        template_id: config.znsTemplateId,
        template_data: znsTemplateData(message, config.znsParams),
        tracking_id: trackingId,
      };
      if (config.mode === 'development') body.mode = 'development';
      const data = await call(`${config.znsBaseUrl.replace(/\/+$/, '')}/message/template`, body, 'gửi ZNS');
      return { channel: 'zalo', messageId: String(data.msg_id ?? trackingId), at: now().toISOString() };
    }
    if (recipient.zaloUserId) {
      const ack = linksFor(message, deps.links, now()).find((l) => l.action === 'acknowledge');
      const body = { recipient: { user_id: recipient.zaloUserId }, message: { text: oaText(message, ack?.url ?? null) } };
      const data = await call(`${config.oaBaseUrl.replace(/\/+$/, '')}/v3.0/oa/message/cs`, body, 'gửi tin OA');
      return { channel: 'zalo', messageId: String(data.message_id ?? trackingId), at: now().toISOString() };
    }
    throw rejection('no-address', `${recipient.name} (${recipient.contactId}) không có số điện thoại hay Zalo ID trong danh bạ`, true, 'zalo');
  };
}
