/** Signed action links: bound to task, agency and action; tampered, expired and replayed links are refused. */
import {
  actionLink,
  MemoryNonceStore,
  redeemActionToken,
  signActionToken,
  tokenOf,
  verifyActionToken,
  type LinkClaims,
} from '../../client/links';

const SECRET = 'khoa-bi-mat-cho-lien-ket-thu-nghiem-0123456789';
const NOW = new Date('2018-01-29T01:00:00.000Z');
const CLAIMS: LinkClaims = {
  wid: 'task:46-TB-VP-2018-01-09:2.1-a:kt-sldtbxh',
  agency: 'kt-sldtbxh',
  action: 'acknowledge',
  exp: Date.parse('2018-03-02T17:00:00.000Z') / 1000,
  nonce: 'n-0001',
};

function reencode(token: string, change: (c: Record<string, unknown>) => void): string {
  const [payload, sig] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(claims);
  return `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`;
}

test('a link verifies to the claims it was signed with', () => {
  const link = actionLink('https://chidao.example.invalid/', SECRET, CLAIMS);
  expect(link.startsWith('https://chidao.example.invalid/a/')).toBe(true);
  expect(verifyActionToken(SECRET, link, NOW)).toEqual({ ok: true, claims: CLAIMS });
  expect(tokenOf(link)).toBe(signActionToken(SECRET, CLAIMS));
});

test.each([
  ['another agency', (c: Record<string, unknown>) => (c.agency = 'kt-syt')],
  ['another task', (c: Record<string, unknown>) => (c.wid = 'task:other')],
  ['another action', (c: Record<string, unknown>) => (c.action = 'complete')],
  ['a later expiry', (c: Record<string, unknown>) => (c.exp = (c.exp as number) + 86400)],
])('a token edited to name %s is refused as bad-signature', (_what, change) => {
  const forged = reencode(signActionToken(SECRET, CLAIMS), change);
  expect(verifyActionToken(SECRET, forged, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
});

test('a token signed with another secret, truncated, or garbled is refused', () => {
  const other = signActionToken('mot-khoa-bi-mat-khac-hoan-toan-0123456789abcdef', CLAIMS);
  expect(verifyActionToken(SECRET, other, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  const token = signActionToken(SECRET, CLAIMS);
  expect(verifyActionToken(SECRET, token.slice(0, -2), NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  expect(verifyActionToken(SECRET, token.split('.')[0], NOW)).toEqual({ ok: false, reason: 'malformed' });
  expect(verifyActionToken(SECRET, 'not a token', NOW)).toEqual({ ok: false, reason: 'malformed' });
});

test('a link is refused from its expiry second on', () => {
  const token = signActionToken(SECRET, CLAIMS);
  expect(verifyActionToken(SECRET, token, new Date(CLAIMS.exp * 1000 - 1)).ok).toBe(true);
  expect(verifyActionToken(SECRET, token, new Date(CLAIMS.exp * 1000))).toEqual({ ok: false, reason: 'expired' });
});

test('a link redeems once; the second use is refused as replayed, and other links stay usable', async () => {
  const nonces = new MemoryNonceStore();
  const token = signActionToken(SECRET, CLAIMS);
  expect((await redeemActionToken(SECRET, token, NOW, nonces)).ok).toBe(true);
  expect(await redeemActionToken(SECRET, token, NOW, nonces)).toEqual({ ok: false, reason: 'replayed' });
  const second = signActionToken(SECRET, { ...CLAIMS, action: 'complete', nonce: 'n-0002' });
  expect((await redeemActionToken(SECRET, second, NOW, nonces)).ok).toBe(true);
});

test('concurrent redemptions of one link: exactly one succeeds', async () => {
  const nonces = new MemoryNonceStore();
  const token = signActionToken(SECRET, CLAIMS);
  const results = await Promise.all(Array.from({ length: 5 }, () => redeemActionToken(SECRET, token, NOW, nonces)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
});

test('a short secret is refused outright', () => {
  expect(() => signActionToken('ngan', CLAIMS)).toThrow('at least 32 bytes');
});
