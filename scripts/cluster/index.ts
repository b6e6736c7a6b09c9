/**
 * The whole cluster, from nothing: PostgreSQL, the schemas, Temporal's four services as separate processes, the
 * namespace and search attributes, then chidao's workers and API (scripts/start/app.ts). `npm run cluster`
 * (scripts/cluster.ts) runs it in the foreground; test/cluster/ starts the same thing on free ports.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ClusterConfig } from '../../config/cluster';
import { loadTemporalConfig } from '../../config/temporal';
import type { Log } from '../provision/exec';
import { startApp } from '../start/app';
import { Supervisor } from '../start/supervisor';
import { startPostgres, type Postgres } from './postgres';
import { prepareNamespace, setupSchemas, startServices } from './temporal';
import { clusterTools } from './tools';

export interface ClusterOptions {
  config: ClusterConfig;
  /** Environment of chidao's processes (API and mail catcher ports…); TEMPORAL_ADDRESS is set to the cluster. */
  env: NodeJS.ProcessEnv;
  log: Log;
  /** Write the app processes' output to `<dir>/logs/` too, not to the terminal (tests). */
  quiet?: boolean;
  /** A process that ended on its own once the cluster was up. */
  onUnexpectedExit: (name: string, how: string) => void;
}

export interface ClusterInfo {
  /** host:port of the Temporal frontend. */
  address: string;
  namespace: string;
  /** The environment the app processes got: how another process (CLI, test) reaches the same cluster. */
  env: NodeJS.ProcessEnv;
  /** Addresses and where things are, to print. */
  lines: string[];
}

function tail(file: string | undefined): string {
  if (!file || !fs.existsSync(file)) return '';
  // The services log JSON lines with long stack traces: their beginnings say enough.
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(-6);
  return `\n${file}:\n${lines.map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l)).join('\n')}`;
}

/** Created first, started second, so that a Ctrl-C in the middle of the start stops what had started. */
export class LocalCluster {
  readonly supervisor: Supervisor;
  private postgres: Postgres | undefined;
  private up = false;
  private stopped = false;
  private died: string | undefined;

  constructor(private readonly opts: ClusterOptions) {
    const logs = path.join(opts.config.dir, 'logs');
    this.supervisor = new Supervisor((name, how) => {
      const logFile = this.supervisor.running.find((r) => r.name === name)?.logFile ?? path.join(logs, `${name}.log`);
      this.died ??= `${name} dừng bất ngờ (${how})${tail(logFile)}`;
      if (this.up) opts.onUnexpectedExit(name, how);
    });
  }

  /** Throws once a process died or stop() was called: the start gives up. */
  private readonly check = () => {
    if (this.died) throw new Error(this.died);
    if (this.stopped) throw new Error('đã dừng giữa chừng');
  };

  async start(): Promise<ClusterInfo> {
    const { config, log } = this.opts;
    const temporal = loadTemporalConfig(this.opts.env);
    const logs = path.join(config.dir, 'logs');
    try {
      fs.mkdirSync(logs, { recursive: true });
      const tools = await clusterTools(config.cacheDir, log);
      this.check();
      log(`→ PostgreSQL (${tools.pgBin}) trên 127.0.0.1:${config.pg.port}`);
      const pg = await startPostgres({ bin: tools.pgBin, clusterDir: config.dir, port: config.pg.port, password: config.pg.password, log });
      this.postgres = pg;
      this.check();
      await setupSchemas(tools, config, pg.fresh, log);
      log(`→ Temporal Server: ${tools.server} (frontend, history, matching, worker; nhật ký ở ${logs})`);
      await startServices(this.supervisor, tools, config, this.check);
      await prepareNamespace(config, temporal.namespace, log, this.check);
      const address = `127.0.0.1:${config.frontendPort}`;
      const env: NodeJS.ProcessEnv = { ...this.opts.env, TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: temporal.namespace, CHIDAO_TASK_QUEUE: temporal.taskQueue };
      const lines = [
        `Temporal gRPC: ${address} (namespace ${temporal.namespace}; cụm 4 dịch vụ trên PostgreSQL 127.0.0.1:${config.pg.port}, dữ liệu ${pg.root})`,
        `Dùng cụm này từ tiến trình khác: TEMPORAL_ADDRESS=${address}`,
        ...startApp(this.supervisor, env, { dataDir: config.dir, copies: { worker: config.workers }, logDir: this.opts.quiet ? logs : undefined }),
      ];
      this.check();
      this.up = true;
      return { address, namespace: temporal.namespace, env, lines };
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  /** The app first, then the Temporal services, PostgreSQL last. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.supervisor.stopAll();
    await this.postgres?.stop();
  }
}
