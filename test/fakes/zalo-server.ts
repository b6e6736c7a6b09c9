/**
 * A local HTTP server that follows Zalo's published contract (see ../shared/research/zalo.md §7): the OAuth v4
 * refresh with rotating single-use refresh tokens, ZNS template messages by phone, OA consultation messages by
 * user id. Application errors come back as HTTP 200 with a negative `error`, as Zalo does. Failures can be
 * scripted per phone or per user id. Listens on 127.0.0.1 only.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ZaloTemplate {
  id: string;
  /** Registered parameter names and their maximum lengths. */
  params: Record<string, number>;
}

/** 'hang': no answer; 'accept-then-hang': the message is sent (recorded) but the answer never comes back. */
export type Scripted = { error: number; message: string } | { http: number } | 'hang' | 'accept-then-hang';

export interface ZaloRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ZaloSent {
  kind: 'zns' | 'oa';
  to: string;
  trackingId: string | null;
  templateData: Record<string, string> | null;
  text: string | null;
  msgId: string;
  accessToken: string;
}

export interface FakeZaloOptions {
  appId?: string;
  secretKey?: string;
  templates?: ZaloTemplate[];
  /** Zalo user ids that interacted with the OA recently (may receive OA messages). */
  followers?: string[];
  dailyQuota?: number;
  /** Delay before answering a refresh, to let concurrent callers pile up. */
  refreshDelayMs?: number;
  /** Also invalidate the previous access token when a refresh mints a new one. */
  refreshKillsOldAccessToken?: boolean;
}

export interface FakeZalo {
  readonly baseUrl: string;
  readonly appId: string;
  readonly secretKey: string;
  readonly requests: ZaloRequest[];
  readonly sent: ZaloSent[];
  /** Successful refreshes. */
  refreshes: number;
  /** A fresh token pair as an OA admin would obtain it by authorising the app. */
  authorize(): { accessToken: string; refreshToken: string; expiresIn: number };
  /** Zalo stops accepting every access token issued so far (they expired or were revoked). */
  expireAccessTokens(): void;
  /** Scripted outcome for sends to this phone ("84…") or user id, consumed `times` times (default: always). */
  script(recipient: string, outcome: Scripted, times?: number): void;
  remainingQuota(): number;
  close(): Promise<void>;
}

const ZNS_PHONE = /^\+?84\d{9,10}$/;

function token(): string {
  return randomBytes(24).toString('base64url');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startFakeZalo(options: FakeZaloOptions = {}): Promise<FakeZalo> {
  const appId = options.appId ?? '2074138120372622546';
  const secretKey = options.secretKey ?? 'bi-mat-ung-dung-thu';
  const templates = new Map((options.templates ?? []).map((t) => [t.id, t]));
  const followers = new Set(options.followers ?? []);
  const validAccess = new Set<string>();
  let currentRefresh: string | null = null;
  let quota = options.dailyQuota ?? 500;
  const scripts = new Map<string, { outcome: Scripted; times: number }>();
  const requests: ZaloRequest[] = [];
  const sent: ZaloSent[] = [];
  const state = { refreshes: 0 };
  const hanging = new Set<ServerResponse>();

  function mint(): { accessToken: string; refreshToken: string; expiresIn: number } {
    const accessToken = token();
    const refreshToken = token();
    validAccess.add(accessToken);
    currentRefresh = refreshToken;
    return { accessToken, refreshToken, expiresIn: 90000 };
  }

  function scripted(recipient: string): Scripted | null {
    const s = scripts.get(recipient);
    if (!s) return null;
    if (s.times !== Infinity) {
      s.times -= 1;
      if (s.times <= 0) scripts.delete(recipient);
    }
    return s.outcome;
  }

  /** Applies a scripted outcome; true when it answered. */
  function answerScripted(res: ServerResponse, outcome: Scripted | null): boolean {
    if (!outcome || outcome === 'accept-then-hang') return false;
    if (outcome === 'hang') {
      hanging.add(res);
      return true;
    }
    if ('http' in outcome) {
      res.writeHead(outcome.http, { 'content-type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
      return true;
    }
    json(res, 200, outcome);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    requests.push({ path, headers: req.headers, body });
    if (req.method !== 'POST') return json(res, 404, { error: -201, message: 'Method unsupported' });

    if (path === '/v4/oa/access_token') {
      if (req.headers.secret_key !== secretKey) return json(res, 200, { error: -14002, error_name: 'Invalid secret key', message: '' });
      const form = new URLSearchParams(body);
      if (form.get('app_id') !== appId) return json(res, 200, { error: -14001, error_name: 'Invalid app id', message: '' });
      if (form.get('grant_type') !== 'refresh_token') return json(res, 200, { error: -14003, error_name: 'Invalid grant type', message: '' });
      const presented = form.get('refresh_token');
      if (options.refreshDelayMs) await new Promise((r) => setTimeout(r, options.refreshDelayMs));
      if (!presented || presented !== currentRefresh) {
        return json(res, 200, { error: -14014, error_name: 'Invalid refresh token', message: '' });
      }
      if (options.refreshKillsOldAccessToken) validAccess.clear();
      const pair = mint();
      state.refreshes += 1;
      return json(res, 200, { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: String(pair.expiresIn) });
    }

    const accessToken = typeof req.headers.access_token === 'string' ? req.headers.access_token : '';
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return json(res, 200, { error: -1, message: 'Body invalid' });
    }

    if (path === '/message/template') {
      if (!validAccess.has(accessToken)) return json(res, 200, { error: -124, message: 'Access token invalid' });
      const phone = typeof parsed.phone === 'string' ? parsed.phone : '';
      const outcome = scripted(phone);
      const acceptThenHang = outcome === 'accept-then-hang';
      if (!acceptThenHang && answerScripted(res, outcome)) return;
      if (!ZNS_PHONE.test(phone)) return json(res, 200, { error: -108, message: 'Phone number invalid' });
      const template = templates.get(String(parsed.template_id ?? ''));
      if (!template) return json(res, 200, { error: -109, message: 'Template ID invalid' });
      const data = parsed.template_data as Record<string, unknown> | undefined;
      if (!data || typeof data !== 'object' || Object.keys(data).length === 0) return json(res, 200, { error: -111, message: 'Template data empty' });
      for (const [name, max] of Object.entries(template.params)) {
        const v = data[name];
        if (typeof v !== 'string' || v.length === 0) return json(res, 200, { error: -1122, message: `Missing param ${name}` });
        if (v.length > max) return json(res, 200, { error: -1121, message: `Param ${name} exceeds max length` });
      }
      const trackingId = parsed.tracking_id;
      if (typeof trackingId !== 'string' || trackingId.length === 0 || trackingId.length > 48 || !/^[A-Za-z0-9_-]+$/.test(trackingId)) {
        return json(res, 200, { error: -112, message: 'tracking_id invalid' });
      }
      if (quota <= 0) return json(res, 200, { error: -144, message: 'OA has reached daily quota' });
      quota -= 1;
      const msgId = randomBytes(10).toString('hex');
      sent.push({ kind: 'zns', to: phone, trackingId, templateData: data as Record<string, string>, text: null, msgId, accessToken });
      if (acceptThenHang) {
        hanging.add(res);
        return;
      }
      return json(res, 200, {
        error: 0,
        message: 'Success',
        data: {
          msg_id: msgId,
          sent_time: String(Date.now()),
          sending_mode: '1',
          quota: { dailyQuota: String(options.dailyQuota ?? 500), remainingQuota: String(quota) },
        },
      });
    }

    if (path === '/v3.0/oa/message/cs') {
      if (!validAccess.has(accessToken)) return json(res, 200, { error: -216, message: 'Access token is invalid' });
      const userId = String((parsed.recipient as Record<string, unknown> | undefined)?.user_id ?? '');
      if (answerScripted(res, scripted(userId))) return;
      if (!followers.has(userId)) return json(res, 200, { error: -230, message: 'User has not interacted with the OA in the past 7 days' });
      const text = String((parsed.message as Record<string, unknown> | undefined)?.text ?? '');
      if (text.length === 0 || text.length > 2000) return json(res, 200, { error: -210, message: 'Param message text is invalid' });
      const msgId = randomBytes(10).toString('hex');
      sent.push({ kind: 'oa', to: userId, trackingId: null, templateData: null, text, msgId, accessToken });
      return json(res, 200, {
        error: 0,
        message: 'Success',
        data: { message_id: msgId, user_id: userId, sent_time: String(Date.now()) },
      });
    }
    return json(res, 404, { error: -201, message: 'Method unsupported' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => json(res, 500, { error: -1, message: e.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    secretKey,
    requests,
    sent,
    get refreshes() {
      return state.refreshes;
    },
    set refreshes(n: number) {
      state.refreshes = n;
    },
    authorize: mint,
    expireAccessTokens() {
      validAccess.clear();
    },
    script(recipient, outcome, times = Infinity) {
      scripts.set(recipient, { outcome, times });
    },
    remainingQuota: () => quota,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
