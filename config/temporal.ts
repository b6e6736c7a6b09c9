/**
 * Where chidao's processes find Temporal, read once from the environment.
 * Unset TEMPORAL_ADDRESS means "embedded": `npm start` runs its own dev server on TEMPORAL_PORT.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

export const TemporalEnvSchema = z.object({
  TEMPORAL_ADDRESS: z.string().trim().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
  CHIDAO_TASK_QUEUE: z.string().trim().min(1).default('chidao'),
  CHIDAO_DATA_DIR: z.string().trim().min(1).default('.data'),
  /** gRPC port of the embedded dev server (ignored when TEMPORAL_ADDRESS is set). */
  CHIDAO_TEMPORAL_PORT: port.default(7233),
  /** Web UI port of the embedded dev server. */
  CHIDAO_TEMPORAL_UI_PORT: port.default(8233),
  /** Cache of provisioned binaries (Temporal CLI, Java test server), outside the repo. */
  CHIDAO_CACHE: z.string().trim().min(1).optional(),
});

export interface TemporalConfig {
  /** Existing cluster to use, or undefined to run the embedded dev server. */
  address: string | undefined;
  namespace: string;
  taskQueue: string;
  /** Absolute path of the data folder (SQLite file of the embedded dev server). */
  dataDir: string;
  port: number;
  uiPort: number;
  cacheDir: string;
}

export function loadTemporalConfig(env: NodeJS.ProcessEnv = process.env): TemporalConfig {
  const parsed = TemporalEnvSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Biến môi trường không hợp lệ (${fields})`);
  }
  const e = parsed.data;
  return {
    address: e.TEMPORAL_ADDRESS,
    namespace: e.TEMPORAL_NAMESPACE,
    taskQueue: e.CHIDAO_TASK_QUEUE,
    dataDir: path.resolve(e.CHIDAO_DATA_DIR),
    port: e.CHIDAO_TEMPORAL_PORT,
    uiPort: e.CHIDAO_TEMPORAL_UI_PORT,
    cacheDir: path.resolve(e.CHIDAO_CACHE ?? path.join(os.homedir(), '.cache', 'chidao')),
  };
}
