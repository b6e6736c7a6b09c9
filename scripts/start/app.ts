/**
 * Starting chidao's own processes (scripts/start/processes.ts) once a Temporal server answers: shared by
 * `npm start` (one worker) and `npm run cluster` (two workers).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../provision/paths';
import { APP_PROCESSES } from './processes';
import type { Supervisor } from './supervisor';

export interface AppOptions {
  /** Where the link-signing secret is kept when CHIDAO_LINK_SECRET is not set. */
  dataDir: string;
  /** How many copies of a process to run, by name (e.g. `{ worker: 2 }`); copies are named worker-1, worker-2… */
  copies?: Partial<Record<string, number>>;
  /** Write each process's output to `<logDir>/<name>.log` instead of the terminal. */
  logDir?: string;
}

/** Signed action links need one secret shared by workers and API; unless given, keep one in the data folder. */
function persistedLinkSecret(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'link-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * Starts the enabled processes in order with `env` (TEMPORAL_ADDRESS etc. already set; completed here with what
 * the processes imply, such as the mail catcher's SMTP port). Returns the lines to print with the addresses.
 */
export function startApp(supervisor: Supervisor, env: NodeJS.ProcessEnv, opts: AppOptions): string[] {
  const lines: string[] = [];
  if (!env.CHIDAO_LINK_SECRET) {
    env.CHIDAO_LINK_SECRET = persistedLinkSecret(opts.dataDir);
    lines.push(`Khoá ký liên kết hành động: ${path.join(opts.dataDir, 'link-secret')} (đặt CHIDAO_LINK_SECRET để dùng khoá khác)`);
  }
  const enabled = APP_PROCESSES.filter((p) => p.enabled?.(env) ?? true);
  for (const p of enabled) p.prepare?.(env);
  for (const p of enabled) {
    if (supervisor.isStopping) break;
    if (!fs.existsSync(path.join(REPO_ROOT, p.script))) {
      if (!p.optional) throw new Error(`Thiếu ${p.script}`);
      console.warn(`! Chưa có ${p.script}: bỏ qua ${p.name}`);
      continue;
    }
    const copies = opts.copies?.[p.name] ?? 1;
    for (let i = 1; i <= copies; i++) {
      const name = copies > 1 ? `${p.name}-${i}` : p.name;
      // node --import tsx, not the tsx CLI: one process per entry, so its PID is the one we stop.
      supervisor.spawn({
        name,
        command: process.execPath,
        args: ['--import', 'tsx', p.script],
        cwd: REPO_ROOT,
        env,
        logFile: opts.logDir ? path.join(opts.logDir, `${name}.log`) : undefined,
      });
    }
    const line = p.describe?.(env);
    if (line) lines.push(line);
  }
  return lines;
}
