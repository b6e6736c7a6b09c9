/** Builds the chidao worker: the workflows of workflows/index.ts and the given activities on one task queue. */
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { ChidaoActivities } from '../activities/contract';
import { BUNDLER_OPTIONS, WORKFLOWS_PATH } from './bundle';

export const DEFAULT_TASK_QUEUE = 'chidao';

/**
 * Workflows kept in the worker's cache. With workflows/ preloaded and shared (workers/bundle.ts) a cached task
 * workflow costs about 0.1 MB of heap, so 2,000 fit in a few hundred megabytes: enough that the tasks due on one
 * morning are all in memory when they wake (an evicted one replays its history first). CHIDAO_MAX_CACHED_WORKFLOWS
 * overrides it.
 */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 2000;

export interface CreateWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  activities: ChidaoActivities;
  /** A prebuilt bundle (tests, production images: build it with bundleWorkflows()); otherwise workflows/index.ts is bundled now. */
  workflowBundle?: { code: string };
  /** Extra worker options (tuning, interceptors). */
  tuning?: Partial<Pick<WorkerOptions, 'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxCachedWorkflows' | 'shutdownGraceTime'>>;
}

export async function createWorker(options: CreateWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    activities: options.activities,
    maxCachedWorkflows: DEFAULT_MAX_CACHED_WORKFLOWS,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: BUNDLER_OPTIONS }),
    ...options.tuning,
  });
}
