/**
 * `npm start`: the embedded default. Provisions if needed, runs a Temporal dev server persisted to
 * $CHIDAO_DATA_DIR/temporal.db with its Web UI and chidao's search attributes (unless
 * TEMPORAL_ADDRESS names a cluster), then the processes of scripts/start/processes.ts.
 * Ctrl-C stops them all, the server last so the workers can finish cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { loadTemporalConfig } from '../config/temporal';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { ensureProvisioned } from './provision/index';
import { REPO_ROOT } from './provision/paths';
import { registerSearchAttributes } from './search-attributes';
import { SINGLE_WORKER_DYNAMIC_CONFIG, spawnDevServer, type DevServerProcess } from './servers';
import { APP_PROCESSES } from './start/processes';

interface Running {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
}

const running: Running[] = [];
let server: DevServerProcess | undefined;
let stopping = false;

function prefixed(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  readline.createInterface({ input: stream }).on('line', (line) => out.write(`[${name}] ${line}\n`));
}

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv): Running {
  // node --import tsx, not the tsx CLI: one process per entry, so its PID is the one we stop.
  // Own process group: Ctrl-C reaches only us, and we stop children in order.
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixed(name, child.stdout!, process.stdout);
  prefixed(name, child.stderr!, process.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✗ ${name} dừng bất ngờ (${signal ?? `mã ${code}`}): dừng toàn bộ chidao`);
      void shutdown(1);
    }
  });
  return { name, child, exited };
}

async function stopProcess({ child, exited }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('Đang dừng chidao…');
  for (const r of [...running].reverse()) await stopProcess(r);
  // SIGTERM lets the dev server close its SQLite file cleanly.
  await server?.stop({ signal: 'SIGTERM', graceMs: 15_000 });
  console.log('Đã dừng.');
  process.exit(code);
}

// A second Ctrl-C does not wait: every child is killed on exit (see servers.ts).
let interrupts = 0;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (++interrupts > 1) {
      for (const r of running) r.child.kill('SIGKILL');
      process.exit(130);
    }
    void shutdown(0);
  });
}
process.once('exit', () => {
  for (const r of running) if (r.child.exitCode === null) r.child.kill('SIGKILL');
});

/** Signed action links need one secret shared by worker and API; unless given, keep one in the data folder. */
function persistedLinkSecret(dataDir: string): string {
  const file = path.join(dataDir, 'link-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const config = loadTemporalConfig();
  const env: NodeJS.ProcessEnv = { ...process.env };
  const lines: string[] = [];

  if (config.address) {
    console.log(`Chờ Temporal tại ${config.address} và đăng ký search attributes…`);
    const added = await registerSearchAttributes(config.address, config.namespace);
    lines.push(`Temporal (cụm có sẵn): ${config.address}, namespace ${config.namespace}${added.length ? `; đã thêm ${added.join(', ')}` : ''}`);
  } else {
    const manifest = await ensureProvisioned();
    if (!manifest.temporalCli) {
      throw new Error(`Không có Temporal CLI. ${manifest.missing.join('; ')}; rồi chạy \`npm run provision\`. Hoặc đặt TEMPORAL_ADDRESS trỏ tới một cụm Temporal.`);
    }
    fs.mkdirSync(config.dataDir, { recursive: true });
    server = await spawnDevServer({
      binary: manifest.temporalCli,
      port: config.port,
      uiPort: config.uiPort,
      dbFile: path.join(config.dataDir, 'temporal.db'),
      namespace: config.namespace,
      searchAttributes: SEARCH_ATTRIBUTES,
      logFile: path.join(config.dataDir, 'temporal.log'),
      detached: true,
      // npm start runs one worker: one partition per task queue (see SINGLE_WORKER_DYNAMIC_CONFIG).
      dynamicConfig: SINGLE_WORKER_DYNAMIC_CONFIG,
    });
    env.TEMPORAL_ADDRESS = server.address;
    lines.push(`Temporal gRPC: ${server.address} (namespace ${server.namespace}, dữ liệu ${path.join(config.dataDir, 'temporal.db')})`);
    lines.push(`Temporal UI:   ${server.uiAddress}`);
  }
  env.TEMPORAL_NAMESPACE = config.namespace;
  env.CHIDAO_TASK_QUEUE = config.taskQueue;
  if (!env.CHIDAO_LINK_SECRET) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    env.CHIDAO_LINK_SECRET = persistedLinkSecret(config.dataDir);
    lines.push(`Khoá ký liên kết hành động: ${path.join(config.dataDir, 'link-secret')} (đặt CHIDAO_LINK_SECRET để dùng khoá khác)`);
  }

  const enabled = APP_PROCESSES.filter((p) => p.enabled?.(env) ?? true);
  for (const p of enabled) p.prepare?.(env);
  for (const p of enabled) {
    if (stopping) return;
    if (!fs.existsSync(path.join(REPO_ROOT, p.script))) {
      if (!p.optional) throw new Error(`Thiếu ${p.script}`);
      console.warn(`! Chưa có ${p.script}: bỏ qua ${p.name}`);
      continue;
    }
    running.push(startProcess(p.name, p.script, env));
    const line = p.describe?.(env);
    if (line) lines.push(line);
  }
  for (const line of lines) console.log(line);
  console.log(`chidao sẵn sàng (${running.map((r) => `${r.name} pid ${r.child.pid}`).join(', ') || 'không có tiến trình ứng dụng'}). Nhấn Ctrl-C để dừng.`);
}

main().catch(async (err: unknown) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
