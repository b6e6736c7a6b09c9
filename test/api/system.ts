/**
 * A whole chidao behind the API for tests: a Temporal dev server (the run-wide one or the test's own), a
 * worker with the recording activities on a private task queue, the client/ façade, and the app built
 * with the real reader, planner and sample tokens (config/tokens.yaml). Nothing of Temporal is mocked.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { RecordingActivities } from '../../activities/recording';
import { buildApp } from '../../api/app';
import { agencyNames, makePlanner, makeReader } from '../../api/services';
import { createChidaoClient } from '../../client';
import { MemoryNonceStore } from '../../client/links';
import type { ChidaoClient } from '../../client/types';
import { ApiConfig, readTokensFile, DEFAULT_TOKENS_FILE } from '../../config/api';
import { calendarInput } from '../../config/calendar';
import { loadEscalation } from '../../config/escalation';
import { createWorker } from '../../workers/worker';
import { workflowBundle } from '../harness';
import { eventually } from '../harness/eventually';

/** Sample tokens from config/tokens.yaml. */
export const TOKENS = {
  secretariat: 'dev-secretariat-0000000000',
  supervisor: 'dev-supervisor-00000000000',
  sldtbxh: 'dev-agency-kt-sldtbxh',
  syt: 'dev-agency-kt-syt',
} as const;

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export interface ApiSystem {
  app: FastifyInstance;
  client: ChidaoClient;
  recorder: RecordingActivities;
  linkSecret: string;
  taskQueue: string;
  close(): Promise<void>;
}

export async function startApiSystem(server: { address: string; namespace: string }, opts: { bodyLimit?: number; maxTextChars?: number; uploadLimit?: number } = {}): Promise<ApiSystem> {
  const taskQueue = `api-test-${randomUUID()}`;
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const recorder = new RecordingActivities();
  const worker: Worker = await createWorker({
    connection: nativeConnection,
    namespace: server.namespace,
    taskQueue,
    activities: recorder.activities(),
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  const connection = await Connection.connect({ address: server.address });
  const escalation = loadEscalation();
  const client = createChidaoClient({
    client: new Client({ connection, namespace: server.namespace }),
    taskQueue,
    calendar: () => calendarInput(),
    policies: Object.fromEntries(escalation.policies),
    defaultPolicyId: escalation.defaultPolicy.id,
    ownsConnection: true,
  });
  const linkSecret = randomBytes(32).toString('hex');
  const config = ApiConfig.parse({ port: 0, tokens: readTokensFile(DEFAULT_TOKENS_FILE), bodyLimit: opts.bodyLimit, maxTextChars: opts.maxTextChars, uploadLimit: opts.uploadLimit, linkRateLimit: 1000 });
  const app = await buildApp({
    config,
    client,
    reader: makeReader(),
    planner: makePlanner(),
    links: { secret: linkSecret, nonces: new MemoryNonceStore() },
    directory: agencyNames(),
    dashboard: false,
  });
  return {
    app,
    client,
    recorder,
    linkSecret,
    taskQueue,
    close: async () => {
      await app.close();
      await client.close();
      worker.shutdown();
      await running;
      await nativeConnection.close();
    },
  };
}

export { eventually };
