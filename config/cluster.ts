/**
 * Settings of the Temporal cluster `npm run cluster` runs (scripts/cluster/, config/cluster/temporal.yaml), read
 * once from the environment. The ports are Temporal's usual ones; PostgreSQL listens on 55432 so that a system
 * PostgreSQL on 5432 is left alone. Every port is on 127.0.0.1.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
/** Temporal stores ring members' ports in a smallint column (cluster_membership.rpc_port). */
const membershipPort = z.coerce.number().int().min(1).max(32767);

export const ClusterEnvSchema = z.object({
  /** Throw-away state: PostgreSQL's data, the services' logs. */
  CHIDAO_CLUSTER_DIR: z.string().trim().min(1).optional(),
  CHIDAO_CACHE: z.string().trim().min(1).optional(),
  CHIDAO_CLUSTER_PG_PORT: port.default(55432),
  /** Password of the `temporal` database role (the cluster listens on loopback only). */
  CHIDAO_CLUSTER_PG_PASSWORD: z.string().min(1).default('temporal'),
  CHIDAO_CLUSTER_FRONTEND_PORT: port.default(7233),
  CHIDAO_CLUSTER_FRONTEND_HTTP_PORT: port.default(7243),
  CHIDAO_CLUSTER_FRONTEND_MEMBERSHIP_PORT: membershipPort.default(6933),
  CHIDAO_CLUSTER_HISTORY_PORT: port.default(7234),
  CHIDAO_CLUSTER_HISTORY_MEMBERSHIP_PORT: membershipPort.default(6934),
  CHIDAO_CLUSTER_MATCHING_PORT: port.default(7235),
  CHIDAO_CLUSTER_MATCHING_MEMBERSHIP_PORT: membershipPort.default(6935),
  CHIDAO_CLUSTER_WORKER_PORT: port.default(7239),
  CHIDAO_CLUSTER_WORKER_MEMBERSHIP_PORT: membershipPort.default(6939),
  /** chidao worker processes. */
  CHIDAO_CLUSTER_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
});

export type ClusterEnv = z.infer<typeof ClusterEnvSchema>;

export interface ClusterConfig {
  dir: string;
  cacheDir: string;
  workers: number;
  pg: { port: number; password: string };
  /** The env values config/cluster/temporal.yaml reads (CHIDAO_CLUSTER_*_PORT, PG port and password). */
  serverEnv: Record<string, string>;
  frontendPort: number;
}

export function loadClusterConfig(env: NodeJS.ProcessEnv = process.env): ClusterConfig {
  const parsed = ClusterEnvSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Biến môi trường không hợp lệ (${fields})`);
  }
  const e = parsed.data;
  const cacheDir = path.resolve(e.CHIDAO_CACHE ?? path.join(os.homedir(), '.cache', 'chidao'));
  const serverEnv = Object.fromEntries(
    Object.entries(e)
      .filter(([k]) => k.endsWith('_PORT') || k === 'CHIDAO_CLUSTER_PG_PASSWORD')
      .map(([k, v]) => [k, String(v)]),
  );
  return {
    dir: path.resolve(e.CHIDAO_CLUSTER_DIR ?? path.join(cacheDir, 'cluster')),
    cacheDir,
    workers: e.CHIDAO_CLUSTER_WORKERS,
    pg: { port: e.CHIDAO_CLUSTER_PG_PORT, password: e.CHIDAO_CLUSTER_PG_PASSWORD },
    serverEnv,
    frontendPort: e.CHIDAO_CLUSTER_FRONTEND_PORT,
  };
}
