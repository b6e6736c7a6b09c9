/** Builds the chidao worker: the workflows of workflows/index.ts and the given activities on one task queue. */
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import type { ChidaoActivities } from '../activities/contract';
import { BUNDLER_OPTIONS, WORKFLOWS_PATH } from './bundle';

export const DEFAULT_TASK_QUEUE = 'chidao';

/**
 * Workflows kept in the worker's cache. The TypeScript SDK costs about 1 MB per cached workflow, and a task
 * workflow sleeps for days between wakes: a small cache keeps 10 000 open tasks well under 1 GB, at the price
 * of a short replay when an evicted task wakes.
 */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 500;

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
