/**
 * The façade as a process gets it: Temporal from the environment (config/temporal.ts), escalation policies,
 * holiday schedules and reporting calendar from config/ (re-read at each registration).
 */
import { Client, Connection } from '@temporalio/client';
import { calendarInput } from '../config/calendar';
import { loadEscalation } from '../config/escalation';
import { loadTemporalConfig } from '../config/temporal';
import type { TaskOptions } from '../workflows/task-types';
import { createChidaoClient } from './index';
import type { ChidaoClient } from './types';

export async function connectChidao(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { taskOptions?: Partial<TaskOptions> } = {},
): Promise<ChidaoClient> {
  const t = loadTemporalConfig(env);
  const escalation = loadEscalation();
  const connection = await Connection.connect({ address: t.address ?? `127.0.0.1:${t.port}`, connectTimeout: '5s' });
  return createChidaoClient({
    client: new Client({ connection, namespace: t.namespace }),
    taskQueue: t.taskQueue,
    calendar: () => calendarInput(),
    policies: Object.fromEntries(escalation.policies),
    defaultPolicyId: escalation.defaultPolicy.id,
    taskOptions: overrides.taskOptions,
    ownsConnection: true,
  });
}
