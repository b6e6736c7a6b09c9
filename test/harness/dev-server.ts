/**
 * Temporal CLI dev servers for tests: the run-wide one from global setup (visibility, search
 * attributes), and private ones for tests that stop and restart a server (durability).
 */
import path from 'node:path';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { ensureProvisioned } from '../../scripts/provision/index';
import { spawnDevServer } from '../../scripts/servers';
import { RUN_ENV, runDir } from './run-env';

export interface DevServerHandle {
  address: string;
  namespace: string;
  /** undefined when the SDK's downloaded server runs it (fallback without Go). */
  pid: number | undefined;
  stop(opts?: { signal?: NodeJS.Signals }): Promise<void>;
}

/** The run-wide dev server, with chidao's SEARCH_ATTRIBUTES registered. */
export function devServer(): { address: string; namespace: string } {
  const address = process.env[RUN_ENV.devAddress];
  if (!address) {
    throw new Error('devServer(): no run-wide dev server. Run tests through jest (jest.config.js starts it in test/harness/global-setup.ts).');
  }
  return { address, namespace: process.env[RUN_ENV.devNamespace] ?? 'default' };
}

/** A dev server of the test's own, with SEARCH_ATTRIBUTES, persisted to `dbFile` when given. */
export async function startDevServer(opts: { dbFile?: string; port?: number } = {}): Promise<DevServerHandle> {
  const manifest = await ensureProvisioned(undefined, () => undefined);
  if (!manifest.temporalCli) {
    // Machines with internet and no Go: the SDK downloads the CLI itself.
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const env = await TestWorkflowEnvironment.createLocal({
      server: { dbFilename: opts.dbFile, port: opts.port, searchAttributes: [...SEARCH_ATTRIBUTES] },
    }).catch((e: unknown) => {
      throw new Error(`The SDK could not download the Temporal CLI (${String(e)}). ${manifest.missing.join('; ')}; then run \`npm run provision\`.`);
    });
    return { address: env.address, namespace: 'default', pid: undefined, stop: () => env.teardown() };
  }
  const dir = runDir();
  const server = await spawnDevServer({
    binary: manifest.temporalCli,
    port: opts.port,
    dbFile: opts.dbFile,
    searchAttributes: SEARCH_ATTRIBUTES,
    logFile: dir ? path.join(dir, `dev-server-${process.pid}-${Date.now()}.log`) : undefined,
  });
  return { address: server.address, namespace: server.namespace, pid: server.pid, stop: (o) => server.stop(o) };
}
