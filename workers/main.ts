/**
 * The worker process (`npm start` spawns it; `npm run worker` alone): config, connection, activities,
 * Worker.create, the daily digest, run until SIGINT/SIGTERM.
 *
 * Environment (beyond config/temporal.ts): CHIDAO_ACTIVITIES=recording forces the recording activities
 * (written to CHIDAO_RECORD_FILE when set; CHIDAO_SEND_DELAY_MS delays each send); CHIDAO_DIGEST=off skips
 * starting the digest; CHIDAO_WORKFLOW_BUNDLE names a prebuilt bundle file; CHIDAO_MAX_CACHED_WORKFLOWS sizes the
 * workflow cache (workers/worker.ts).
 */
import { Client, Connection } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';
import fs from 'node:fs';
import type { ChidaoActivities } from '../activities/contract';
import { createActivities, loadActivityDeps } from '../activities/index';
import { RecordingActivities } from '../activities/recording';
import { calendarInput } from '../config/calendar';
import { loadTemporalConfig } from '../config/temporal';
import { digestWorkflow } from '../workflows/digest';
import { DIGEST_WORKFLOW_ID } from '../workflows/ids';
import { SA_KIND } from '../workflows/search-attributes';
import { createWorker } from './worker';

/** The real senders (activities/index.ts; recording when no SMTP is configured), unless recording is forced. */
async function loadActivities(env: NodeJS.ProcessEnv): Promise<{ activities: ChidaoActivities; kind: string }> {
  if (env.CHIDAO_ACTIVITIES !== 'recording') {
    const deps = await loadActivityDeps(env);
    if (deps) return { activities: createActivities(deps), kind: 'email/Zalo' };
  }
  const recorder = new RecordingActivities({
    file: env.CHIDAO_RECORD_FILE,
    sendDelayMs: env.CHIDAO_SEND_DELAY_MS ? Number(env.CHIDAO_SEND_DELAY_MS) : undefined,
  });
  return { activities: recorder.activities(), kind: `ghi lại (recording${env.CHIDAO_RECORD_FILE ? ` → ${env.CHIDAO_RECORD_FILE}` : ''})` };
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const t = loadTemporalConfig(env);
  const address = t.address ?? `127.0.0.1:${t.port}`;
  const { activities, kind } = await loadActivities(env);
  const connection = await NativeConnection.connect({ address });
  const bundleFile = env.CHIDAO_WORKFLOW_BUNDLE;
  const worker = await createWorker({
    connection,
    namespace: t.namespace,
    taskQueue: t.taskQueue,
    activities,
    workflowBundle: bundleFile ? { code: fs.readFileSync(bundleFile, 'utf8') } : undefined,
    tuning: env.CHIDAO_MAX_CACHED_WORKFLOWS ? { maxCachedWorkflows: Number(env.CHIDAO_MAX_CACHED_WORKFLOWS) } : undefined,
  });

  if (env.CHIDAO_DIGEST !== 'off') {
    const clientConnection = await Connection.connect({ address });
    try {
      const client = new Client({ connection: clientConnection, namespace: t.namespace });
      await client.workflow.start(digestWorkflow, {
        workflowId: DIGEST_WORKFLOW_ID,
        taskQueue: t.taskQueue,
        args: [{ calendar: calendarInput(), sendAt: '07:30' }],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        typedSearchAttributes: [{ key: SA_KIND, value: 'digest' }],
      });
    } finally {
      await clientConnection.close();
    }
  }

  console.log(`worker: ${address} namespace=${t.namespace} taskQueue=${t.taskQueue}; gửi: ${kind}`);
  const stop = () => worker.shutdown();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await worker.run();
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
