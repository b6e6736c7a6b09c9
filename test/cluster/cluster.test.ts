/**
 * `npm run cluster`'s configuration, started the same way (scripts/cluster/) on free ports in a fresh folder:
 * PostgreSQL, the four Temporal services as separate processes, two chidao workers and the API. A seed directive
 * registered on it runs (its task workflows answer queries, which only a worker can do) and is found by
 * search-attribute listings, through the façade and through the API process; then everything stops.
 * No PostgreSQL or no Go (with the server not yet built): the start fails and says what to install.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { connectChidao } from '../../client/connect';
import type { ChidaoClient } from '../../client/types';
import { loadClusterConfig } from '../../config/cluster';
import { directiveWorkflowId } from '../../workflows/ids';
import { LocalCluster, type ClusterInfo } from '../../scripts/cluster/index';
import { freePort } from '../../scripts/servers';
import { eventually } from '../harness/eventually';
import { seed000 } from '../workflows/fixtures';

const PORT_KEYS = [
  'CHIDAO_CLUSTER_PG_PORT',
  'CHIDAO_CLUSTER_FRONTEND_PORT',
  'CHIDAO_CLUSTER_FRONTEND_HTTP_PORT',
  'CHIDAO_CLUSTER_FRONTEND_MEMBERSHIP_PORT',
  'CHIDAO_CLUSTER_HISTORY_PORT',
  'CHIDAO_CLUSTER_HISTORY_MEMBERSHIP_PORT',
  'CHIDAO_CLUSTER_MATCHING_PORT',
  'CHIDAO_CLUSTER_MATCHING_MEMBERSHIP_PORT',
  'CHIDAO_CLUSTER_WORKER_PORT',
  'CHIDAO_CLUSTER_WORKER_MEMBERSHIP_PORT',
  'CHIDAO_API_PORT',
  'CHIDAO_MAIL_SMTP_PORT',
  'CHIDAO_MAIL_HTTP_PORT',
] as const;

/** A free port below 32768: Temporal keeps membership ports in a smallint column; the kernel's ephemeral ones are higher. */
async function freeLowPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

let dir: string;
let cluster: LocalCluster | undefined;
let info: ClusterInfo;
let chidao: ChidaoClient | undefined;
const unexpected: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-cluster-'));
  // PostgreSQL runs as another user when we are root: let it into the folder, so its data stays here.
  fs.chmodSync(dir, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, CHIDAO_CLUSTER_DIR: dir, CHIDAO_DATA_DIR: dir, CHIDAO_CLUSTER_WORKERS: '2' };
  for (const key of ['TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'CHIDAO_TASK_QUEUE', 'CHIDAO_SMTP_HOST', 'CHIDAO_PUBLIC_URL']) delete env[key];
  for (const key of PORT_KEYS) env[key] = String(key.endsWith('_MEMBERSHIP_PORT') ? await freeLowPort() : await freePort());
  cluster = new LocalCluster({
    config: loadClusterConfig(env),
    env,
    log: () => undefined,
    quiet: true,
    onUnexpectedExit: (name, how) => unexpected.push(`${name} (${how})`),
  });
  info = await cluster.start();
  chidao = await connectChidao(info.env);
}, 240_000);

afterAll(async () => {
  await chidao?.close();
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

it('runs a registered directive on two workers and lists it by search attributes, also through the API', async () => {
  const { taskWorkflowIds } = await chidao!.register(seed000());
  expect(taskWorkflowIds.length).toBeGreaterThan(0);
  const directiveId = directiveWorkflowId(seed000());

  // A query is answered by a worker: the task workflows run.
  const view = await eventually(async () => chidao!.status(taskWorkflowIds[0]).catch(() => undefined), 'first task answers its query', 60_000);
  expect(view.directiveId).toBe(directiveId);

  const listed = await eventually(async () => {
    const rows = await chidao!.list({ directiveId });
    return rows.length === taskWorkflowIds.length ? rows : undefined;
  }, 'every task listed by ChidaoDirective', 60_000);
  expect(listed.map((r) => r.workflowId).sort()).toEqual([...taskWorkflowIds].sort());

  const api = `http://127.0.0.1:${info.env.CHIDAO_API_PORT}/api/tasks?directive=${encodeURIComponent(directiveId)}`;
  const res = await fetch(api, { headers: { authorization: 'Bearer dev-supervisor-00000000000' } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { tasks: { workflowId: string }[] };
  expect(body.tasks.map((t) => t.workflowId).sort()).toEqual([...taskWorkflowIds].sort());

  // Both chidao workers poll the task queue.
  const connection = await Connection.connect({ address: info.address });
  try {
    const pollers = await eventually(async () => {
      const r = await connection.workflowService.describeTaskQueue({ namespace: info.namespace, taskQueue: { name: info.env.CHIDAO_TASK_QUEUE! } });
      const identities = new Set((r.pollers ?? []).map((p) => p.identity));
      return identities.size >= 2 ? identities : undefined;
    }, 'two workers polling', 30_000);
    expect(pollers.size).toBeGreaterThanOrEqual(2);
  } finally {
    await connection.close();
  }
  expect(unexpected).toEqual([]);
}, 180_000);
