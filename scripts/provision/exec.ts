/** Small process helpers for provisioning: find a tool, run it, time a step. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** First executable named `name` on PATH or in `extraDirs`. */
export function which(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; on failure the error carries the command and the tail of its output. */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ stdout, stderr });
      const tail = (stdout + stderr).trim().split('\n').slice(-25).join('\n');
      reject(new Error(`\`${cmd} ${args.join(' ')}\` thất bại (${signal ?? `mã ${code}`}):\n${tail}`));
    });
  });
}

export type Log = (line: string) => void;

/** Prints a step, runs it, prints how long it took. `fn` returns a short note ("đã có sẵn", a path…). */
export async function step<T>(log: Log, name: string, fn: () => Promise<{ value: T; note: string }>): Promise<T> {
  const started = Date.now();
  log(`→ ${name}`);
  const { value, note } = await fn();
  log(`✓ ${name}: ${note} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return value;
}
