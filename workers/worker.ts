/** Builds the chidao worker: the workflows of workflows/index.ts and the given activities on one task queue. */
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import path from 'node:path';
import type { ChidaoActivities } from '../activities/contract';

export const DEFAULT_TASK_QUEUE = 'chidao';

export interface CreateWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  activities: ChidaoActivities;
  /** A prebuilt bundle (tests, production images); otherwise workflows/index.ts is bundled now. */
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
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: path.join(__dirname, '..', 'workflows', 'index.ts') }),
    ...options.tuning,
  });
}
