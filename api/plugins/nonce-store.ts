/**
 * A NonceStore (client/links.ts) that survives API restarts: redeemed nonces are appended to a JSON-lines
 * file in the data folder and reloaded at start. One API process per file; the in-memory map makes
 * useOnce atomic within it.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NonceStore } from '../../client/links';

export class FileNonceStore implements NonceStore {
  private readonly used = new Map<string, number>();

  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const { n, e } = JSON.parse(line) as { n: string; e: number };
        this.used.set(n, e);
      } catch {
        // A torn last line after a crash: the nonce it held was not confirmed to anyone.
      }
    }
  }

  async useOnce(nonce: string, expiresAt: Date, now: Date): Promise<boolean> {
    const before = this.used.size;
    for (const [n, exp] of this.used) if (exp <= now.getTime()) this.used.delete(n);
    if (this.used.size < before / 2) this.compact();
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expiresAt.getTime());
    appendFileSync(this.file, JSON.stringify({ n: nonce, e: expiresAt.getTime() }) + '\n');
    return true;
  }

  private compact(): void {
    const lines = [...this.used].map(([n, e]) => JSON.stringify({ n, e }) + '\n').join('');
    writeFileSync(this.file, lines);
  }
}
