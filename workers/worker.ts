/** Builds the chidao worker: the workflows of workflows/index.ts and the given activities on one task queue. */
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { ChidaoActivities } from '../activities/contract';
import { BUNDLER_OPTIONS, WORKFLOWS_PATH } from './bundle';

export const DEFAULT_TASK_QUEUE = 'chidao';

/**
 * Workflows kept in the worker's cache. With workflows/ preloaded and shared (workers/bundle.ts) a cached task
 * workflow costs about 0.1 MB of JS heap, and about 0.3 MB of the process in all (the SDK core keeps its history
 * and state machines): 1,000 hold the tasks due one morning in memory when they wake (an evicted one replays its
 * history first) and keep a worker with 10,000 open tasks under 1 GB (bench/README.md).
 * CHIDAO_MAX_CACHED_WORKFLOWS overrides it.
 */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 1000;

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
