/** Shared set-up of the workflow tests: a time-skipping environment with chidao's search attributes, a worker, a façade. */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { SearchAttributeType } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { RecordingActivities, type RecordingOptions } from '../../activities/recording';
import type { ChidaoClient } from '../../client/types';
import { createChidaoClient } from '../../client';
import { calendarInput } from '../../config/calendar';
import { createWorker } from '../../workers/worker';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import type { TaskOptions } from '../../workflows/task-types';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import { POLICY, POLICY_ZALO_FIRST } from './fixtures';

const INDEXED: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  [SearchAttributeType.KEYWORD]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.KEYWORD_LIST]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
  [SearchAttributeType.DATETIME]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  [SearchAttributeType.BOOL]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

export interface WorkflowTestEnv {
  env: TestWorkflowEnvironment;
  worker: Worker;
  recorder: RecordingActivities;
  chidao: ChidaoClient;
  taskQueue: string;
  /** Moves the server clock to an instant (no-op if already past it). */
  sleepUntil(iso: string): Promise<void>;
  now(): Promise<string>;
}

export async function timeSkippingSetup(opts: {
  initialTime: string;
  taskOptions?: Partial<TaskOptions>;
  recording?: RecordingOptions;
}): Promise<WorkflowTestEnv> {
  const env = await startTimeSkippingEnv({ initialTime: opts.initialTime });
  // The Java test server knows no custom search attribute until told.
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(SEARCH_ATTRIBUTES.map((k) => [k.name, INDEXED[k.type]])),
  });
  const taskQueue = `wf-test-${Math.random().toString(36).slice(2, 8)}`;
  const recorder = new RecordingActivities(opts.recording);
  const worker = await createWorker({
    connection: env.nativeConnection,
    taskQueue,
    activities: recorder.activities(),
    workflowBundle: await workflowBundle(),
  });
  const chidao = createChidaoClient({
    client: env.client,
    taskQueue,
    calendar: calendarInput(),
    policies: { [POLICY.id]: POLICY, [POLICY_ZALO_FIRST.id]: POLICY_ZALO_FIRST },
    defaultPolicyId: POLICY.id,
    taskOptions: opts.taskOptions,
  });
  const sleepUntil = async (iso: string) => {
    const ms = Date.parse(iso) - (await env.currentTimeMs());
    if (ms > 0) await env.sleep(ms);
  };
  const now = async () => new Date(await env.currentTimeMs()).toISOString();
  return { env, worker, recorder, chidao, taskQueue, sleepUntil, now };
}
