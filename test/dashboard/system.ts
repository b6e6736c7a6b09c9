/**
 * The whole of chidao for the dashboard's browser tests, with nothing mocked: a private Temporal dev
 * server (so that overview counts are this file's alone), a worker with the recording activities,
 * the client façade, and the API app (which registers the dashboard) listening on a free port.
 */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { RecordingActivities } from '../../activities/recording';
import { buildApp } from '../../api/app';
import { planDirective } from '../../calendar';
import { createChidaoClient } from '../../client';
import type { ChidaoClient } from '../../client/types';
import type { NonceStore } from '../../client/links';
import { ApiConfig, type TokenEntry } from '../../config/api';
import { calendarInput, loadCalendar } from '../../config/calendar';
import { loadEscalation } from '../../config/escalation';
import type { DirectiveSpec } from '../../directives/spec';
import { createWorker } from '../../workers/worker';
import { startDevServer, workflowBundle, type DevServerHandle } from '../harness';

export interface SystemTokens {
  secretariat: string;
  supervisor: string;
  /** agencyId → token */
  agency: Record<string, string>;
}

export interface DashboardSystem {
  /** http://127.0.0.1:port */
  origin: string;
  /** origin + /dashboard */
  dashboard: string;
  tokens: SystemTokens;
  client: ChidaoClient;
  activities: RecordingActivities;
  close(): Promise<void>;
}

const memoryNonces = (): NonceStore => {
  const used = new Set<string>();
  return { useOnce: async (nonce) => (used.has(nonce) ? false : (used.add(nonce), true)) };
};

export async function startSystem(opts: {
  read: (text: string, options?: { issuedOn?: string }) => DirectiveSpec;
  agencies: string[];
  agencyName?: (id: string) => string;
}): Promise<DashboardSystem> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  try {
    const server: DevServerHandle = await startDevServer();
    cleanups.push(() => server.stop());
    const taskQueue = `dashboard-${randomUUID()}`;

    const nativeConnection = await NativeConnection.connect({ address: server.address });
    cleanups.push(() => nativeConnection.close());
    const activities = new RecordingActivities();
    const worker: Worker = await createWorker({
      connection: nativeConnection,
      namespace: server.namespace,
      taskQueue,
      activities: activities.activities(),
      workflowBundle: await workflowBundle(),
    });
    const running = worker.run();
    cleanups.push(async () => {
      worker.shutdown();
      await running;
    });

    const connection = await Connection.connect({ address: server.address });
    cleanups.push(() => connection.close());
    const escalation = loadEscalation();
    const client = createChidaoClient({
      client: new Client({ connection, namespace: server.namespace }),
      taskQueue,
      calendarData: calendarInput().data,
      policies: Object.fromEntries(escalation.policies),
      defaultPolicyId: escalation.defaultPolicy.id,
    });

    const tokens: SystemTokens = {
      secretariat: `secretariat-${randomUUID()}`,
      supervisor: `supervisor-${randomUUID()}`,
      agency: Object.fromEntries(opts.agencies.map((a) => [a, `agency-${a}-${randomUUID()}`])),
    };
    const entries: TokenEntry[] = [
      { token: tokens.secretariat, role: 'secretariat', name: 'Chuyên viên theo dõi' },
      { token: tokens.supervisor, role: 'supervisor', name: 'Chánh Văn phòng' },
      ...Object.entries(tokens.agency).map(([agencyId, token]) => ({ token, role: 'agency' as const, agencyId, name: opts.agencyName?.(agencyId) })),
    ];
    const calendar = loadCalendar();
    const app = await buildApp({
      config: ApiConfig.parse({ tokens: entries }),
      client,
      reader: (text, options) => opts.read(text, options),
      planner: (spec) => planDirective(spec, { calendar, policy: escalation.defaultPolicy, asOf: new Date().toISOString() }),
      links: { secret: randomUUID() + randomUUID(), nonces: memoryNonces() },
      directory: opts.agencyName ? { agencyName: opts.agencyName, agencies: () => opts.agencies.map((id) => ({ id, name: opts.agencyName!(id) })) } : undefined,
    });
    cleanups.push(() => app.close());
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    return { origin, dashboard: `${origin}/dashboard`, tokens, client, activities, close };
  } catch (err) {
    await close();
    throw err;
  }
}
