/**
 * The OA access token: refreshed once when Zalo says it expired (also under concurrent sends), ahead of time when
 * it is about to expire, the rotated pair stored durably before the new access token is used.
 */
import { readFileSync } from 'node:fs';
import { ApplicationFailure } from '@temporalio/common';
import { ZaloTokens, createSendZalo } from '../../activities/zalo';
import { FileTokenStore, type TokenPair, type TokenStore } from '../../activities/zalo-tokens';
import { DELIVERY_REJECTED, type DeliveryRejection } from '../../activities/contract';
import { FOCAL, LINKS, reminder } from './fixtures';
import { zaloRig, type ZaloRig } from './zalo-setup';

let rig: ZaloRig;
afterEach(() => rig.close());

function to(n: number) {
  return reminder({ channel: 'zalo', recipient: { ...FOCAL, contactId: `c${n}`, phone: `8490511120${n}` } });
}

test('a token Zalo calls invalid is refreshed exactly once, then the send succeeds', async () => {
  rig = await zaloRig();
  rig.zalo.expireAccessTokens();
  await rig.sendZalo(to(1));
  expect(rig.zalo.refreshes).toBe(1);
  expect(rig.zalo.sent).toHaveLength(1);
  const paths = rig.zalo.requests.map((r) => r.path);
  expect(paths).toEqual(['/message/template', '/v4/oa/access_token', '/message/template']);
  // The refresh is the OAuth v4 form post with the app secret in the secret_key header.
  const refresh = rig.zalo.requests[1];
  expect(refresh.headers['secret_key']).toBe(rig.zalo.secretKey);
  expect(refresh.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(new URLSearchParams(refresh.body).get('grant_type')).toBe('refresh_token');
});

test('five concurrent sends with an invalid token share one refresh and all succeed', async () => {
  rig = await zaloRig({ refreshDelayMs: 100, refreshKillsOldAccessToken: true });
  rig.zalo.expireAccessTokens();
  const results = await Promise.all([1, 2, 3, 4, 5].map((n) => rig.sendZalo(to(n))));
  expect(results).toHaveLength(5);
  expect(rig.zalo.refreshes).toBe(1);
  expect(rig.zalo.requests.filter((r) => r.path === '/v4/oa/access_token')).toHaveLength(1);
  expect(rig.zalo.sent.map((s) => s.to).sort()).toEqual(['84905111201', '84905111202', '84905111203', '84905111204', '84905111205']);
  expect(new Set(rig.zalo.sent.map((s) => s.accessToken)).size).toBe(1);
});

test('a caller whose stale token was already replaced gets the new pair without another refresh', async () => {
  rig = await zaloRig();
  const stale = ((await rig.store.load()) as TokenPair).accessToken;
  const first = await rig.tokens.refresh(stale);
  const late = await rig.tokens.refresh(stale); // e.g. a send that got -124 just after the refresh finished
  expect(late).toEqual(first);
  expect(rig.zalo.refreshes).toBe(1);
  // Another activity process reading the same token file uses the rotated pair as is.
  rig.zalo.expireAccessTokens(); // only tokens issued so far...
  const fresh = await rig.tokens.refresh(first.accessToken); // ...so the current one is replaced once more
  const again = createSendZalo({ config: rig.config, tokens: new ZaloTokens(rig.config, rig.store), links: LINKS });
  await again(to(2));
  expect(rig.zalo.refreshes).toBe(2);
  expect(rig.zalo.sent[0].accessToken).toBe(fresh.accessToken);
});

test('a token about to expire is refreshed before the send, once for concurrent sends', async () => {
  const now = new Date('2026-03-02T01:00:00Z');
  rig = await zaloRig(
    { refreshDelayMs: 50 },
    // Issued 21 hours ago: within the 5-hour margin of its 25-hour lifetime.
    { now: () => now, initial: (p) => ({ ...p, accessExpiresAt: new Date(now.getTime() + 4 * 3600_000).toISOString() }) },
  );
  await Promise.all([1, 2, 3].map((n) => rig.sendZalo(to(n))));
  expect(rig.zalo.refreshes).toBe(1);
  expect(rig.zalo.requests[0].path).toBe('/v4/oa/access_token');
  const stored = (await rig.store.load()) as TokenPair;
  expect(stored.accessExpiresAt).toBe(new Date(now.getTime() + 90000 * 1000).toISOString());
});

test('the rotated pair is on disk before the new access token is first used', async () => {
  const observations: string[] = [];
  let zaloRef: ZaloRig['zalo'] | null = null;
  const wrap = (inner: TokenStore): TokenStore => ({
    load: () => inner.load(),
    async save(pair) {
      const usedAlready = zaloRef?.requests.some((r) => r.headers['access_token'] === pair.accessToken) ?? false;
      observations.push(`save; new token used before: ${usedAlready}`);
      await inner.save(pair);
      const onDisk = JSON.parse(readFileSync((inner as FileTokenStore).path, 'utf8')) as TokenPair;
      observations.push(`on disk: ${onDisk.refreshToken === pair.refreshToken}`);
    },
  });
  rig = await zaloRig({}, { wrapStore: wrap });
  zaloRef = rig.zalo;
  rig.zalo.expireAccessTokens();
  await rig.sendZalo(to(1));
  expect(observations).toEqual(['save; new token used before: false', 'on disk: true']);
  const last = rig.zalo.requests[rig.zalo.requests.length - 1];
  const stored = (await rig.store.load()) as TokenPair;
  expect(last.headers['access_token']).toBe(stored.accessToken);
});

test('a refresh token Zalo no longer accepts falls back to email and says an admin must re-authorise', async () => {
  rig = await zaloRig({}, { initial: (p) => ({ ...p, refreshToken: 'da-dung-roi' }) });
  rig.zalo.expireAccessTokens();
  const err = await rig.sendZalo(to(1)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect((err as ApplicationFailure).type).toBe(DELIVERY_REJECTED);
  expect((err as ApplicationFailure).nonRetryable).toBe(true);
  const r = (err as ApplicationFailure).details?.[0] as DeliveryRejection;
  expect(r).toMatchObject({ channel: 'zalo', reason: 'zalo-auth', fallback: true });
  expect(r.detail).toContain('-14014');
  expect(r.detail).toContain('cấp quyền lại');
  expect(rig.zalo.sent).toHaveLength(0);
});

test('two worker processes sharing the token file: the one whose refresh loses the race uses the winner\'s pair', async () => {
  rig = await zaloRig();
  const stale = ((await rig.store.load()) as TokenPair).accessToken;
  // Process A (rig.tokens) and process B (its own ZaloTokens over the same file) both see the token rejected.
  const b = new ZaloTokens(rig.config, new FileTokenStore(rig.config.tokenFile));
  const [fromA, fromB] = await Promise.all([rig.tokens.refresh(stale), b.refresh(stale)]);
  expect(fromB).toEqual(fromA);
  expect(rig.zalo.refreshes).toBe(1);
});
