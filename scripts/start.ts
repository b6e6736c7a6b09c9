/**
 * `npm start`: the embedded default. Provisions if needed, runs a Temporal dev server persisted to
 * $CHIDAO_DATA_DIR/temporal.db with its Web UI and chidao's search attributes (unless
 * TEMPORAL_ADDRESS names a cluster), then the processes of scripts/start/processes.ts.
 * Ctrl-C stops them all, the server last so the workers can finish cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadTemporalConfig } from '../config/temporal';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { ensureProvisioned } from './provision/index';
import { registerSearchAttributes } from './search-attributes';
import { SINGLE_WORKER_DYNAMIC_CONFIG, spawnDevServer, type DevServerProcess } from './servers';
import { startApp } from './start/app';
import { foreground, Supervisor } from './start/supervisor';

let server: DevServerProcess | undefined;
const supervisor = new Supervisor((name, how) => {
  console.error(`✗ ${name} dừng bất ngờ (${how}): dừng toàn bộ chidao`);
  void shutdown(1);
});
const shutdown = foreground(
  'chidao',
  async () => {
    await supervisor.stopAll();
    // SIGTERM lets the dev server close its SQLite file cleanly.
    await server?.stop({ signal: 'SIGTERM', graceMs: 15_000 });
  },
  () => supervisor.killAll(),
);

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
  if (supervisor.isStopping) return;
  lines.push(...startApp(supervisor, env, { dataDir: config.dataDir }));
  for (const line of lines) console.log(line);
  const pids = supervisor.running.map((r) => `${r.name} pid ${r.child.pid}`).join(', ');
  console.log(`chidao sẵn sàng (${pids || 'không có tiến trình ứng dụng'}). Nhấn Ctrl-C để dừng.`);
}

main().catch(async (err: unknown) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
