/**
 * Spawning and stopping the Temporal servers chidao runs itself: the CLI dev server (npm start,
 * visibility and durability tests) and the Java time-skipping test server (workflow tests).
 * We start the processes ourselves, rather than through the SDK, to wait as long as a cold JVM
 * needs on a busy machine (sdk-core gives up after 5 s) and to stop them by PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TypedSearchAttributes, type SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';

export interface ServerProcess {
  pid: number;
  /** host:port of the gRPC frontend. */
  address: string;
  port: number;
  logFile: string;
  /** SIGTERM (or the given signal), then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(opts?: { signal?: NodeJS.Signals; graceMs?: number }): Promise<void>;
}

export interface DevServerProcess extends ServerProcess {
  namespace: string;
  /** http://host:port of the Web UI, when enabled. */
  uiAddress?: string;
}

export interface DevServerOptions {
  binary: string;
  port?: number;
  /** Web UI port; omit for a headless server. */
  uiPort?: number;
  /** SQLite file; omit for an in-memory server. */
  dbFile?: string;
  namespace?: string;
  searchAttributes?: readonly SearchAttributeKey<SearchAttributeType>[];
  logFile?: string;
  startTimeoutMs?: number;
  /** Own process group, so a terminal's Ctrl-C reaches only the parent, which stops it in order. */
  detached?: boolean;
  /** Server dynamic config (`--dynamic-config-value key=JSON`), e.g. SINGLE_WORKER_DYNAMIC_CONFIG. */
  dynamicConfig?: Record<string, string | number | boolean>;
}

/**
 * One partition per task queue. The server splits a task queue into 4 partitions by default, for many pollers on
 * many hosts; with one worker, a task can land on a partition its pollers are not waiting on and wait to be
 * forwarded. Used by the benches (bench/README.md has the figures with and without).
 */
export const SINGLE_WORKER_DYNAMIC_CONFIG = {
  'matching.numTaskqueueReadPartitions': 1,
  'matching.numTaskqueueWritePartitions': 1,
} as const;

export interface TestServerOptions {
  /** scripts/provision's wrapper: `exec java … TimeTravelTestServer "$@"`. */
  wrapper: string;
  port?: number;
  /** ISO instant the server clock starts at; default: the system clock. */
  initialTime?: string;
  logFile?: string;
  startTimeoutMs?: number;
}

const HOST = '127.0.0.1';
const live = new Set<ChildProcess>();
// Last resort against orphans: whatever exits this process takes its servers along.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function defaultLogFile(kind: string, port: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chidao-${kind}-`));
  return path.join(dir, `${kind}-${port}.log`);
}

function logTail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

export function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: HOST, port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Ready means the namespace answers a gRPC call. The port is polled with plain TCP first:
 * a gRPC channel opened too early backs off and reports readiness a second late.
 */
async function waitUntilServing(child: ChildProcess, port: number, namespace: string, deadline: number): Promise<void> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  while (!(await tcpOpen(port))) {
    if (exited()) throw new Error(`exited with ${child.exitCode ?? child.signalCode} before listening`);
    if (Date.now() > deadline) throw new Error('port never opened');
    await sleep(25);
  }
  const { Connection } = await import('@temporalio/client');
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`exited with ${child.exitCode ?? child.signalCode}`);
    const conn = await Connection.connect({ address: `${HOST}:${port}`, connectTimeout: 2000 }).catch((e: unknown) => {
      lastError = e;
      return undefined;
    });
    if (conn) {
      try {
        await conn.workflowService.describeNamespace({ namespace });
        return;
      } catch (e) {
        lastError = e;
      } finally {
        await conn.close();
      }
    }
    await sleep(50);
  }
  throw new Error(`not serving: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

async function launch(
  what: string,
  cmd: string,
  args: string[],
  port: number,
  namespace: string,
  logFile: string,
  startTimeoutMs: number,
  installHint: string,
  detached = false,
  stdinPipe = false,
): Promise<ServerProcess> {
  if (!fs.existsSync(cmd)) throw new Error(`${what}: ${cmd} does not exist. ${installHint}`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { stdio: [stdinPipe ? 'pipe' : 'ignore', fd, fd], detached });
  fs.closeSync(fd);
  live.add(child);
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  gone.then(() => live.delete(child), () => undefined);
  child.once('error', () => undefined); // reported through the readiness check below

  const stop = async ({ signal = 'SIGTERM', graceMs = 10_000 }: { signal?: NodeJS.Signals; graceMs?: number } = {}) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  };
  try {
    await waitUntilServing(child, port, namespace, Date.now() + startTimeoutMs);
  } catch (e) {
    await stop({ signal: 'SIGKILL' });
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`${what} did not start on port ${port} (${reason}). ${installHint}\nLog ${logFile}:\n${logTail(logFile)}`);
  }
  return { pid: child.pid!, address: `${HOST}:${port}`, port, logFile, stop };
}

export async function spawnDevServer(opts: DevServerOptions): Promise<DevServerProcess> {
  const port = opts.port ?? (await freePort());
  const namespace = opts.namespace ?? 'default';
  const args = ['server', 'start-dev', '--ip', HOST, '--port', String(port), '--namespace', namespace, '--log-level', 'warn'];
  if (opts.uiPort) args.push('--ui-ip', HOST, '--ui-port', String(opts.uiPort));
  else args.push('--headless');
  if (opts.dbFile) {
    fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  for (const { name, type } of opts.searchAttributes ?? []) {
    args.push('--search-attribute', `${name}=${TypedSearchAttributes.toMetadataType(type)}`);
  }
  for (const [key, value] of Object.entries(opts.dynamicConfig ?? {})) args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  const proc = await launch(
    'Temporal dev server',
    opts.binary,
    args,
    port,
    namespace,
    opts.logFile ?? defaultLogFile('dev-server', port),
    opts.startTimeoutMs ?? 30_000,
    'Run `npm run provision` (needs Go: `apt-get install golang-go`).',
    opts.detached,
  );
  return { ...proc, namespace, uiAddress: opts.uiPort ? `http://${HOST}:${opts.uiPort}` : undefined };
}

export async function spawnTestServer(opts: TestServerOptions): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  // The JVM exits when our end of its stdin closes: no orphan even if this process is SIGKILLed.
  const args = [String(port), '--exit-on-stdin-eof'];
  if (opts.initialTime) {
    const ms = Date.parse(opts.initialTime);
    if (Number.isNaN(ms)) throw new Error(`initialTime is not an ISO instant: ${opts.initialTime}`);
    args.push(`--initial-time=${new Date(ms).toISOString()}`);
  }
  return launch(
    'Temporal Java test server',
    opts.wrapper,
    args,
    port,
    'default',
    opts.logFile ?? defaultLogFile('test-server', port),
    opts.startTimeoutMs ?? 60_000,
    'Run `npm run provision` (needs a JDK and Maven: `apt-get install default-jdk-headless maven`).',
    false,
    true,
  );
}
