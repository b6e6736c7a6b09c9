/**
 * A throw-away PostgreSQL for the cluster: initdb once into the cluster folder, started and stopped with pg_ctl,
 * listening on 127.0.0.1 only (no Unix socket), password auth for the `temporal` superuser role.
 * PostgreSQL refuses to run as root, so under root it runs as Debian's `postgres` user (else `nobody`); when that
 * user cannot reach the cluster folder (root's home is 0700) its data goes to a folder of its own under the
 * system temp dir instead, named after the cluster folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type Log } from '../provision/exec';

export interface Postgres {
  port: number;
  /** Parent of data/, the log and the password file. */
  root: string;
  logFile: string;
  stop(): Promise<void>;
}

interface RunAs {
  user: string | undefined;
  uid: number;
  gid: number;
}

function systemUser(name: string): { uid: number; gid: number } | undefined {
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function runAs(): RunAs {
  if (process.getuid?.() !== 0) return { user: undefined, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  for (const user of ['postgres', 'nobody']) {
    const ids = systemUser(user);
    if (ids) return { user, ...ids };
  }
  throw new Error('Chạy bằng root nhưng không có người dùng `postgres` hay `nobody` để chạy PostgreSQL.');
}

/** `runuser -u <user> --` in front of a command when we are root. */
function as(who: RunAs, cmd: string, args: string[]): [string, string[]] {
  return who.user ? ['runuser', ['-u', who.user, '--', cmd, ...args]] : [cmd, args];
}

async function reachable(who: RunAs, dir: string): Promise<boolean> {
  if (!who.user) return true;
  const [cmd, args] = as(who, 'test', ['-w', dir]);
  return run(cmd, args).then(
    () => true,
    () => false,
  );
}

/** The folder PostgreSQL owns: `<clusterDir>/pg`, or its stand-in under the temp dir (see the header). */
async function pgRoot(who: RunAs, clusterDir: string, log: Log): Promise<string> {
  const preferred = path.join(clusterDir, 'pg');
  fs.mkdirSync(preferred, { recursive: true, mode: 0o700 });
  fs.chownSync(preferred, who.uid, who.gid);
  if (await reachable(who, preferred)) return preferred;
  const hash = crypto.createHash('sha256').update(clusterDir).digest('hex').slice(0, 10);
  const fallback = path.join(os.tmpdir(), `chidao-pg-${hash}`);
  fs.rmSync(preferred, { recursive: true, force: true });
  fs.mkdirSync(fallback, { recursive: true, mode: 0o700 });
  fs.chownSync(fallback, who.uid, who.gid);
  log(`  (người dùng ${who.user} không vào được ${clusterDir}: dữ liệu PostgreSQL để ở ${fallback})`);
  return fallback;
}

async function initdb(who: RunAs, bin: string, root: string, password: string): Promise<boolean> {
  const data = path.join(root, 'data');
  if (fs.existsSync(path.join(data, 'PG_VERSION'))) return false;
  const pwfile = path.join(root, 'pwfile');
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  fs.chownSync(pwfile, who.uid, who.gid);
  try {
    const args = ['-D', data, '-U', 'temporal', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale'];
    const [cmd, argv] = as(who, path.join(bin, 'initdb'), args);
    await run(cmd, argv);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  return true;
}

/** Initialises (first time) and starts PostgreSQL; `fresh` says whether the databases are still to be created. */
export async function startPostgres(opts: { bin: string; clusterDir: string; port: number; password: string; log: Log }): Promise<Postgres & { fresh: boolean }> {
  const who = runAs();
  const root = await pgRoot(who, opts.clusterDir, opts.log);
  const fresh = await initdb(who, opts.bin, root, opts.password);
  const data = path.join(root, 'data');
  const logFile = path.join(root, 'postgresql.log');
  const pgCtl = (args: string[]) => {
    const [cmd, argv] = as(who, path.join(opts.bin, 'pg_ctl'), ['-D', data, ...args]);
    return run(cmd, argv);
  };
  // A previous run killed before it could stop its PostgreSQL: stop that one, then start with today's settings.
  const status = await pgCtl(['status']).then(
    () => true,
    () => false,
  );
  if (status) await pgCtl(['-m', 'fast', '-w', 'stop']);
  // Four Temporal services with their pools (config/cluster/temporal.yaml) need more than the default 100.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${opts.port} -c unix_socket_directories='' -c max_connections=200`;
  await pgCtl(['-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start']).catch((e: unknown) => {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-10).join('\n') : '';
    throw new Error(`PostgreSQL không khởi động được trên cổng ${opts.port}: ${e instanceof Error ? e.message : String(e)}\n${tail}`);
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pgCtl(['-m', 'fast', '-w', 'stop']).catch(() => undefined);
  };
  return { port: opts.port, root, logFile, fresh, stop };
}
