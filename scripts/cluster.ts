/**
 * `npm run cluster`: chidao on a Temporal cluster over PostgreSQL, all on this machine, in the foreground
 * (scripts/cluster/index.ts says what runs). Ctrl-C or SIGTERM stops everything, PostgreSQL last.
 * Settings: config/cluster.ts (ports, folder, number of workers) and config/temporal.ts (namespace, task queue).
 */
import { loadClusterConfig } from '../config/cluster';
import { LocalCluster } from './cluster/index';
import { foreground } from './start/supervisor';

let cluster: LocalCluster | undefined;
const shutdown = foreground(
  'cụm chidao',
  async () => {
    await cluster?.stop();
  },
  () => cluster?.supervisor.killAll(),
);

async function main(): Promise<void> {
  const config = loadClusterConfig();
  console.log(`Dựng cụm Temporal trong ${config.dir}`);
  const started = Date.now();
  cluster = new LocalCluster({
    config,
    env: { ...process.env },
    log: console.log,
    onUnexpectedExit: (name, how) => {
      console.error(`✗ ${name} dừng bất ngờ (${how}): dừng toàn bộ cụm`);
      void shutdown(1);
    },
  });
  const { lines } = await cluster.start();
  for (const line of lines) console.log(line);
  const pids = cluster.supervisor.running.map((r) => `${r.name} pid ${r.child.pid}`).join(', ');
  console.log(`Cụm chidao sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s (${pids}). Nhấn Ctrl-C để dừng.`);
}

main().catch(async (err: unknown) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
