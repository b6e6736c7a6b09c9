/**
 * `npm start` on a clean data folder: the dev server on SQLite, the mail catcher (no SMTP configured), the
 * worker and the API come up; /healthz answers (within the 30 s the test waits: start-up time is a benchmark's figure, not a test's);
 * SIGINT stops every child, the dev server included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REPO = path.join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** PIDs of live processes whose command line mentions `needle` (the data folder: the dev server's --db-filename). */
function processesMentioning(needle: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

let dataDir: string;
let child: ChildProcess | undefined;
let childPids: number[] = [];

/** Whatever happened in the test, leave nothing running: Ctrl-C first (start.ts stops its children), then by PID. */
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((r) => child!.once('exit', r));
    child.kill('SIGINT');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 30_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const pid of [...childPids, ...(dataDir ? processesMentioning(dataDir) : [])]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it('answers /healthz and stops every child on SIGINT', async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'chidao-npm-start-'));
  const [temporal, ui, api, smtp, mailHttp] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHIDAO_DATA_DIR: dataDir,
    CHIDAO_TEMPORAL_PORT: String(temporal),
    CHIDAO_TEMPORAL_UI_PORT: String(ui),
    CHIDAO_API_PORT: String(api),
    CHIDAO_MAIL_SMTP_PORT: String(smtp),
    CHIDAO_MAIL_HTTP_PORT: String(mailHttp),
  };
  for (const name of ['TEMPORAL_ADDRESS', 'CHIDAO_SMTP_HOST', 'CHIDAO_LINK_SECRET', 'CHIDAO_PUBLIC_URL']) delete env[name];

  const started = Date.now();
  // What `npm start` runs (package.json: tsx scripts/start.ts), without npm in between so that SIGINT reaches it.
  child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'start.ts')], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

  let healthyAfter: number | null = null;
  while (Date.now() - started < 30_000 && child.exitCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${api}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200 && (await res.json()).status === 'ok') {
        healthyAfter = Date.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  for (let i = 0; i < 50 && !/sẵn sàng/.test(output); i++) await new Promise((r) => setTimeout(r, 200));
  childPids = [...output.matchAll(/\w+ pid (\d+)/g)].map((m) => Number(m[1]));
  if (healthyAfter === null) throw new Error(`no /healthz within 30 s:\n${output}`);

  // It says where everything is.
  expect(output).toContain(`API:           http://127.0.0.1:${api}/api`);
  expect(output).toContain(`OpenAPI:       http://127.0.0.1:${api}/openapi.json`);
  expect(output).toContain(`Temporal UI:   http://127.0.0.1:${ui}`);
  expect(output).toContain(`Hộp thư thử nghiệm: http://127.0.0.1:${mailHttp}`);
  expect((await fetch(`http://127.0.0.1:${api}/openapi.json`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${mailHttp}/messages`)).status).toBe(200);
  expect(existsSync(path.join(dataDir, 'temporal.db'))).toBe(true);

  const pids = [...output.matchAll(/(\w+) pid (\d+)/g)].map((m) => ({ name: m[1], pid: Number(m[2]) }));
  childPids = pids.map((p) => p.pid);
  expect(pids.map((p) => p.name).sort()).toEqual(['api', 'mail', 'worker']);
  const server = processesMentioning(dataDir);
  expect(server.length).toBeGreaterThan(0);

  child.kill('SIGINT');
  const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 40_000))]);
  expect(code).toBe(0);
  expect(pids.filter((p) => alive(p.pid))).toEqual([]);
  expect(processesMentioning(dataDir)).toEqual([]);
  expect(output).toContain('Đã dừng.');
}, 90_000);
