/**
 * The programs the cluster needs: the Temporal server and temporal-sql-tool, built with `go install` into the
 * cache once (their go.mod has no replace directive), the server module's PostgreSQL schemas from the Go module
 * cache, and Debian's PostgreSQL. Missing pieces fail with what to install.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, step, which, type Log } from '../provision/exec';
import { cachePaths } from '../provision/paths';
import { goEnv, INSTALL_GO, usableGo } from '../provision/temporal-cli';

/** The same server version as the CLI dev server (scripts/provision/paths.ts) and docker-compose.yml. */
export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const BINARIES = { server: 'cmd/server', sql: 'cmd/tools/sql' } as const;

export const INSTALL_POSTGRES = 'PostgreSQL (Debian: `apt-get install postgresql`)';

export interface ClusterTools {
  server: string;
  sql: string;
  /** schema/postgresql/v12 of the server module: temporal/ and visibility/ with their versioned updates. */
  schemaDir: string;
  /** Directory of initdb, pg_ctl and postgres. */
  pgBin: string;
}

async function printsVersion(binary: string): Promise<boolean> {
  if (!fs.existsSync(binary)) return false;
  try {
    const { stdout } = await run(binary, ['--version']);
    return stdout.includes(TEMPORAL_SERVER_VERSION.slice(1));
  } catch {
    return false;
  }
}

async function goFor(cacheRoot: string, log: Log): Promise<string> {
  const systemGo = process.env.CHIDAO_GO || which('go', ['/usr/local/go/bin', '/usr/lib/go/bin']);
  if (!systemGo) throw new Error(`Cần ${INSTALL_GO} để dựng Temporal Server ${TEMPORAL_SERVER_VERSION} cho cụm (go install).`);
  return usableGo(cachePaths(cacheRoot), log, systemGo);
}

/** `go install` of the server and the SQL tool when the cached ones are missing or of another version. */
async function binaries(cacheRoot: string, log: Log): Promise<{ server: string; sql: string }> {
  const bin = path.join(cacheRoot, 'cluster-bin');
  const paths = cachePaths(cacheRoot);
  for (const [name, pkg] of Object.entries(BINARIES)) {
    const binary = path.join(bin, name);
    if (await printsVersion(binary)) continue;
    const go = await goFor(cacheRoot, log);
    const target = `${TEMPORAL_SERVER_MODULE}/${pkg}@${TEMPORAL_SERVER_VERSION}`;
    await step(log, `go install ${target} (lần đầu mất vài phút)`, async () => {
      fs.mkdirSync(bin, { recursive: true });
      await run(go, ['install', target], { env: goEnv(paths, bin), cwd: os.tmpdir() });
      if (!(await printsVersion(binary))) throw new Error(`go install xong nhưng ${binary} không in ra phiên bản ${TEMPORAL_SERVER_VERSION}`);
      return { value: undefined, note: binary };
    });
  }
  return { server: path.join(bin, 'server'), sql: path.join(bin, 'sql') };
}

/** The schemas ship in the module source, which `go install` left in the module cache (else fetched). */
async function schemaDir(cacheRoot: string, log: Log): Promise<string> {
  const paths = cachePaths(cacheRoot);
  const env = goEnv(paths);
  const sub = path.join('schema', 'postgresql', 'v12');
  const cached = path.join(env.GOMODCACHE!, `${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`, sub);
  if (fs.existsSync(path.join(cached, 'temporal', 'versioned'))) return cached;
  const go = await goFor(cacheRoot, log);
  return step(log, `go mod download ${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION} (lược đồ PostgreSQL)`, async () => {
    const { stdout } = await run(go, ['mod', 'download', '-json', `${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`], { env, cwd: os.tmpdir() });
    const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
    if (!dir) throw new Error('go mod download không trả về thư mục');
    return { value: path.join(dir, sub), note: path.join(dir, sub) };
  });
}

/** Debian installs each major version under /usr/lib/postgresql/<major>/bin; the newest is taken. */
export function postgresBin(): string {
  const given = process.env.CHIDAO_PG_BIN;
  if (given) {
    if (fs.existsSync(path.join(given, 'pg_ctl'))) return given;
    throw new Error(`CHIDAO_PG_BIN=${given} không có pg_ctl: cần ${INSTALL_POSTGRES}.`);
  }
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'bin', 'pg_ctl'))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (majors.length > 0) return path.join(root, majors[0], 'bin');
  const pgCtl = which('pg_ctl');
  if (pgCtl) return path.dirname(pgCtl);
  throw new Error(`Không tìm thấy pg_ctl: cần ${INSTALL_POSTGRES} (hoặc đặt CHIDAO_PG_BIN).`);
}

export async function clusterTools(cacheRoot: string, log: Log): Promise<ClusterTools> {
  const pgBin = postgresBin(); // first: the quickest to find missing
  const { server, sql } = await binaries(cacheRoot, log);
  return { server, sql, schemaDir: await schemaDir(cacheRoot, log), pgBin };
}
