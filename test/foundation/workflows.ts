/** Small workflows of the foundation's proof tests: they exercise the servers, not chidao's logic. */
import type { Duration } from '@temporalio/common';
import { condition, defineSignal, setHandler, sleep, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { SA_DIRECTIVE, SA_OVERDUE } from '../../workflows/search-attributes';

export interface Span {
  startedAt: number;
  endedAt: number;
}

/** Sleeps on a durable timer and reports the workflow clock around it. */
export async function sleeper(duration: Duration): Promise<Span> {
  const startedAt = Date.now();
  await sleep(duration);
  return { startedAt, endedAt: Date.now() };
}

/** The instant the server says this workflow started. */
export async function startInstant(): Promise<{ startTime: number; now: number }> {
  return { startTime: workflowInfo().startTime.getTime(), now: Date.now() };
}

export const finish = defineSignal('finish');

/** Upserts chidao search attributes, then waits to be told to finish. */
export async function tagged(directive: string): Promise<void> {
  upsertSearchAttributes([
    { key: SA_DIRECTIVE, value: directive },
    { key: SA_OVERDUE, value: true },
  ]);
  let done = false;
  setHandler(finish, () => void (done = true));
  await condition(() => done);
}
