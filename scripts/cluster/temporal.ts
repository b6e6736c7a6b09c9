/**
 * The Temporal side of the cluster: the `temporal` and `temporal_visibility` databases and their schemas
 * (temporal-sql-tool), the four services as separate processes from config/cluster/temporal.yaml, the default
 * namespace and chidao's search attributes.
 */
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import type { ClusterConfig } from '../../config/cluster';
import { run, type Log } from '../provision/exec';
import { REPO_ROOT } from '../provision/paths';
import { SA_KIND } from '../../workflows/search-attributes';
import { registerSearchAttributes } from '../search-attributes';
import { tcpOpen } from '../servers';
import type { Supervisor } from '../start/supervisor';
import type { ClusterTools } from './tools';

/** The four services, each its own process (startServices says in which order). */
export const SERVICES = ['history', 'matching', 'frontend', 'worker'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Long enough for a closed task to stay listed through the period reports (a quarter and then some). */
const RETENTION_DAYS = 120;
/** system.namespaceCacheRefreshInterval: how soon every service sees a namespace change (search attribute aliases). */
const NAMESPACE_REFRESH_MS = 2000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** create-database and setup-schema on a fresh PostgreSQL; update-schema every time (no-op when current). */
export async function setupSchemas(tools: ClusterTools, config: ClusterConfig, fresh: boolean, log: Log): Promise<void> {
  const base = ['--plugin', 'postgres12', '--ep', '127.0.0.1', '-p', String(config.pg.port), '-u', 'temporal', '--pw', config.pg.password];
  for (const [db, dir] of [
    ['temporal', 'temporal'],
    ['temporal_visibility', 'visibility'],
  ] as const) {
    const sql = (...args: string[]) => run(tools.sql, [...base, '--db', db, ...args]);
    if (fresh) {
      await sql('create-database');
      await sql('setup-schema', '-v', '0.0');
    }
    await sql('update-schema', '-d', path.join(tools.schemaDir, dir, 'versioned'));
    log(`  ✓ cơ sở dữ liệu ${db}: lược đồ cập nhật`);
  }
}

export function serviceArgs(service: ServiceName): string[] {
  // No authorizer: the cluster listens on loopback only.
  return ['--root', REPO_ROOT, '--config', path.join('config', 'cluster'), '--env', 'temporal', '--allow-no-auth', 'start', '--service', service];
}

/** Polls `probe` until it gives a value; `check` throws to give up early (a service died). */
async function until<T>(what: string, deadline: number, check: () => void, probe: () => Promise<T | undefined>): Promise<T> {
  let last: unknown;
  while (Date.now() < deadline) {
    check();
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await sleep(250);
  }
  throw new Error(`${what}: hết thời gian chờ${last instanceof Error ? ` (${last.message})` : ''}`);
}

/**
 * History first, alone: on a fresh database each service writes the cluster metadata record at start, and the
 * loser of that race exits. Once history listens, the others start together. Returns when every port is open.
 */
export async function startServices(supervisor: Supervisor, tools: ClusterTools, config: ClusterConfig, check: () => void, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const start = async (services: readonly ServiceName[]) => {
    for (const service of services) {
      supervisor.spawn({
        name: `temporal-${service}`,
        command: tools.server,
        args: serviceArgs(service),
        env: { ...process.env, ...config.serverEnv },
        cwd: REPO_ROOT,
        logFile: path.join(config.dir, 'logs', `temporal-${service}.log`),
        graceMs: 20_000,
      });
    }
    for (const service of services) {
      // The worker service serves no gRPC of its own: it is up once it listens for its ring peers.
      const kind = service === 'worker' ? 'MEMBERSHIP_PORT' : 'PORT';
      const port = Number(config.serverEnv[`CHIDAO_CLUSTER_${service.toUpperCase()}_${kind}`]);
      await until(`Temporal ${service} (cổng ${port})`, deadline, check, async () => ((await tcpOpen(port)) ? true : undefined));
    }
  };
  await start(['history']);
  await start(SERVICES.filter((s) => s !== 'history'));
}

/** The namespace registered and usable, then the search attributes registered and seen by every service. */
export async function prepareNamespace(config: ClusterConfig, namespace: string, log: Log, check: () => void, timeoutMs = 120_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  const address = `127.0.0.1:${config.frontendPort}`;
  const connection = await Connection.connect({ address, connectTimeout: 10_000 });
  try {
    const service = connection.workflowService;
    const exists = await service.describeNamespace({ namespace }).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await service.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${RETENTION_DAYS} days`) });
      log(`  ✓ namespace ${namespace} (lưu ${RETENTION_DAYS} ngày sau khi đóng)`);
    }
    // The frontend's namespace cache refreshes every 2 s: wait until a visibility call accepts the namespace.
    await until(`namespace ${namespace}`, deadline, check, async () => service.countWorkflowExecutions({ namespace }));
    const added = await registerSearchAttributes(address, namespace, { timeoutMs: Math.max(deadline - Date.now(), 5000) });
    if (added.length > 0) {
      await until('search attributes', deadline, check, async () => service.countWorkflowExecutions({ namespace, query: `${SA_KIND.name} = "directive"` }));
      // History and matching refresh theirs on the same interval, a little after the frontend.
      await sleep(NAMESPACE_REFRESH_MS + 500);
      log(`  ✓ search attributes: ${added.join(', ')}`);
    }
    return added;
  } finally {
    await connection.close();
  }
}
