/** Set-up for workflow tests on the run-wide dev server (real clock; visibility works there). */
import { Client, Connection } from '@temporalio/client';
import { calendarInput } from '../../config/calendar';
import { createChidaoClient } from '../../client';
import type { ChidaoClient } from '../../client/types';
import type { TaskOptions } from '../../workflows/task-types';
import { devServer } from '../harness';
import { POLICY } from './fixtures';
import { eventually } from '../harness/eventually';

export async function devClient(taskQueue: string, taskOptions?: Partial<TaskOptions>): Promise<{ chidao: ChidaoClient; client: Client; close(): Promise<void> }> {
  const { address, namespace } = devServer();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace });
  const chidao = createChidaoClient({
    client,
    taskQueue,
    calendar: calendarInput(),
    policies: { [POLICY.id]: POLICY },
    defaultPolicyId: POLICY.id,
    taskOptions,
  });
  return { chidao, client, close: () => connection.close() };
}


export const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export { eventually };
