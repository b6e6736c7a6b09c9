/**
 * Once per jest run: check provisioning (instant when cached), start the run-wide dev server in
 * memory with chidao's search attributes, and hand its address to the workers via process.env.
 * A server that cannot start fails the run with what to install; no test is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_ENV } from './run-env';
import { startDevServer, type DevServerHandle } from './dev-server';
import { ensureProvisioned } from '../../scripts/provision/index';

declare global {
  var __chidaoDevServer: DevServerHandle | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-test-'));
  process.env[RUN_ENV.runDir] = dir;
  await ensureProvisioned(); // prints its steps only when there is something to do
  const server = await startDevServer();
  globalThis.__chidaoDevServer = server;
  process.env[RUN_ENV.devAddress] = server.address;
  process.env[RUN_ENV.devNamespace] = server.namespace;
  if (server.pid) process.env[RUN_ENV.devPid] = String(server.pid);
}
