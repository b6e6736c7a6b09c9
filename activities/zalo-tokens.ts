/**
 * Where the Zalo OA token pair lives. Refresh tokens are single use and rotate on every refresh, so the new pair
 * must be stored durably before the new access token is used: FileTokenStore writes a temporary file, fsyncs it,
 * renames it over the old one and fsyncs the directory.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { z } from 'zod';

export const TokenPair = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** When Zalo said the access token stops working (ISO instant). */
  accessExpiresAt: z.string().datetime({ offset: true }),
  obtainedAt: z.string().datetime({ offset: true }),
});
export type TokenPair = z.infer<typeof TokenPair>;

export interface TokenStore {
  load(): Promise<TokenPair | null>;
  /** Resolves only once the pair is durable. */
  save(pair: TokenPair): Promise<void>;
}

export class MemoryTokenStore implements TokenStore {
  constructor(private pair: TokenPair | null = null) {}
  async load(): Promise<TokenPair | null> {
    return this.pair;
  }
  async save(pair: TokenPair): Promise<void> {
    this.pair = pair;
  }
}

export class FileTokenStore implements TokenStore {
  constructor(readonly path: string) {}

  async load(): Promise<TokenPair | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${this.path}: the Zalo token file is not JSON`);
    }
    const parsed = TokenPair.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new Error(`${this.path}: Zalo token file, field ${i.path.join('.')}: ${i.message}`);
    }
    return parsed.data;
  }

  async save(pair: TokenPair): Promise<void> {
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${Date.now()}.tmp`);
    const file = await open(tmp, 'w', 0o600);
    try {
      await file.writeFile(JSON.stringify(TokenPair.parse(pair), null, 2));
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(tmp, this.path);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    const dir = await open(dirname(this.path), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
