/** The Zalo token file: written whole (temp file, fsync, rename), read back, and a damaged file named. */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTokenStore, type TokenPair } from '../../activities/zalo-tokens';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chidao-token-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PAIR: TokenPair = {
  accessToken: 'a1',
  refreshToken: 'r1',
  accessExpiresAt: '2026-03-03T02:00:00.000Z',
  obtainedAt: '2026-03-02T01:00:00.000Z',
};

test('a saved pair reads back; no temporary file is left; only the owner may read it', async () => {
  const store = new FileTokenStore(join(dir, 'zalo-token.json'));
  expect(await store.load()).toBeNull();
  await store.save(PAIR);
  await store.save({ ...PAIR, accessToken: 'a2', refreshToken: 'r2' });
  expect(await store.load()).toEqual({ ...PAIR, accessToken: 'a2', refreshToken: 'r2' });
  expect(readdirSync(dir)).toEqual(['zalo-token.json']);
  expect(statSync(join(dir, 'zalo-token.json')).mode & 0o077).toBe(0);
});

test('a damaged token file is refused with its path and field', async () => {
  const path = join(dir, 'zalo-token.json');
  writeFileSync(path, JSON.stringify({ ...PAIR, refreshToken: '' }));
  await expect(new FileTokenStore(path).load()).rejects.toThrow(`${path}: Zalo token file, field refreshToken:`);
  writeFileSync(path, '{ not json');
  await expect(new FileTokenStore(path).load()).rejects.toThrow(`${path}: the Zalo token file is not JSON`);
});
