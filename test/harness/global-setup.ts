/**
 * Once per jest run: check provisioning (instant when cached), start the run-wide dev server in
 * memory with chidao's search attributes, and hand its address to the workers via process.env.
 * With TEMPORAL_ADDRESS set (e.g. to `npm run cluster`), the tests that use the run-wide server use that
 * one instead, its search attributes registered first; tests that start servers of their own still do.
 * A server that cannot start fails the run with what to install; no test is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_ENV } from './run-env';
import { startDevServer, type DevServerHandle } from './dev-server';
import { ensureProvisioned } from '../../scripts/provision/index';
import { registerSearchAttributes } from '../../scripts/search-attributes';

declare global {
  var __chidaoDevServer: DevServerHandle | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-test-'));
  process.env[RUN_ENV.runDir] = dir;
  await ensureProvisioned(); // prints its steps only when there is something to do
  const existing = process.env.TEMPORAL_ADDRESS;
  if (existing) {
    const namespace = process.env.TEMPORAL_NAMESPACE || 'default';
    await registerSearchAttributes(existing, namespace, { timeoutMs: 30_000 });
    process.env[RUN_ENV.devAddress] = existing;
    process.env[RUN_ENV.devNamespace] = namespace;
    return;
  }
  const server = await startDevServer();
  globalThis.__chidaoDevServer = server;
  process.env[RUN_ENV.devAddress] = server.address;
  process.env[RUN_ENV.devNamespace] = server.namespace;
  if (server.pid) process.env[RUN_ENV.devPid] = String(server.pid);
}
