/** Wiring shared by the Zalo tests: the fake server, a config pointing at it, an authorised token store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseZaloConfig, type ZaloConfig } from '../../config/zalo';
import { createSendZalo, ZaloTokens } from '../../activities/zalo';
import { FileTokenStore, type TokenPair, type TokenStore } from '../../activities/zalo-tokens';
import { startFakeZalo, type FakeZalo, type FakeZaloOptions } from '../fakes/zalo-server';
import { LINKS } from './fixtures';

export const TEMPLATE = {
  id: '7895417a7d3f9461cd2e',
  params: { ten_nguoi_nhan: 30, nhiem_vu: 200, han_xu_ly: 20, van_ban: 50, tinh_trang: 30 },
};

export interface ZaloRig {
  zalo: FakeZalo;
  config: ZaloConfig;
  store: FileTokenStore;
  tokens: ZaloTokens;
  sendZalo: ReturnType<typeof createSendZalo>;
  warnings: string[];
  close(): Promise<void>;
}

export async function zaloRig(
  options: FakeZaloOptions = {},
  opts: { now?: () => Date; timeoutMs?: number; wrapStore?: (s: TokenStore) => TokenStore; initial?: (p: TokenPair) => TokenPair } = {},
): Promise<ZaloRig> {
  const zalo = await startFakeZalo({ templates: [TEMPLATE], ...options });
  const dir = mkdtempSync(join(tmpdir(), 'chidao-zalo-'));
  const config = parseZaloConfig({
    appId: zalo.appId,
    secretKey: zalo.secretKey,
    oauthBaseUrl: zalo.baseUrl,
    znsBaseUrl: zalo.baseUrl,
    oaBaseUrl: zalo.baseUrl,
    tokenFile: join(dir, 'zalo-token.json'),
    znsTemplateId: TEMPLATE.id,
    timeoutMs: opts.timeoutMs ?? 2000,
  });
  const store = new FileTokenStore(config.tokenFile);
  const granted = zalo.authorize();
  const now = opts.now ?? (() => new Date());
  const pair: TokenPair = {
    accessToken: granted.accessToken,
    refreshToken: granted.refreshToken,
    accessExpiresAt: new Date(now().getTime() + granted.expiresIn * 1000).toISOString(),
    obtainedAt: now().toISOString(),
  };
  await store.save(opts.initial ? opts.initial(pair) : pair);
  const used = opts.wrapStore ? opts.wrapStore(store) : store;
  const tokens = new ZaloTokens(config, used, fetch, now);
  const warnings: string[] = [];
  const sendZalo = createSendZalo({ config, tokens, links: LINKS, now, logger: { warn: (m) => warnings.push(m) } });
  return {
    zalo,
    config,
    store,
    tokens,
    sendZalo,
    warnings,
    async close() {
      await zalo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
