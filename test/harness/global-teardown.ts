/** Stops the run-wide dev server (in memory: nothing to flush, so SIGKILL) and removes the run folder. */
import fs from 'node:fs';
import { RUN_ENV } from './run-env';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__chidaoDevServer;
  globalThis.__chidaoDevServer = undefined;
  if (server) {
    await server.stop({ signal: 'SIGKILL' });
  } else if (process.env[RUN_ENV.devPid]) {
    try {
      process.kill(Number(process.env[RUN_ENV.devPid]), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const dir = process.env[RUN_ENV.runDir];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
