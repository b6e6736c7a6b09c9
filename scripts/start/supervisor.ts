/**
 * The child processes `npm start` and `npm run cluster` run in the foreground: each in its own process group
 * (a terminal's Ctrl-C reaches only the parent, which stops them in order), its output prefixed with its name
 * or written to a log file, stopped in the reverse of their start order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export interface SpawnSpec {
  /** Prefix of its output lines, and how it is named in messages. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Write stdout and stderr here instead of to the terminal (the Temporal services log much). */
  logFile?: string;
  /** Time between SIGTERM and SIGKILL when stopping it. */
  graceMs?: number;
}

export interface Supervised {
  name: string;
  child: ChildProcess;
  logFile?: string;
  exited: Promise<void>;
  graceMs: number;
}

function prefixed(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  readline.createInterface({ input: stream }).on('line', (line) => out.write(`[${name}] ${line}\n`));
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export class Supervisor {
  private readonly procs: Supervised[] = [];
  private stopping = false;

  /** `onUnexpectedExit` hears of a process that ends before stopAll (or stopOne) was asked for it. */
  constructor(private readonly onUnexpectedExit: (name: string, how: string) => void) {
    // Last resort against orphans: whatever exits this process takes its children along.
    process.once('exit', () => this.killAll());
  }

  get running(): readonly Supervised[] {
    return this.procs;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  spawn(spec: SpawnSpec): Supervised {
    if (this.stopping) throw new Error(`không khởi động ${spec.name}: đang dừng`);
    let fd: number | undefined;
    if (spec.logFile) {
      fs.mkdirSync(path.dirname(spec.logFile), { recursive: true });
      fd = fs.openSync(spec.logFile, 'a');
    }
    const stdio = fd === undefined ? (['ignore', 'pipe', 'pipe'] as const) : (['ignore', fd, fd] as const);
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, detached: true, stdio: [...stdio] });
    if (fd !== undefined) fs.closeSync(fd);
    else {
      prefixed(spec.name, child.stdout!, process.stdout);
      prefixed(spec.name, child.stderr!, process.stderr);
    }
    const entry: Supervised = {
      name: spec.name,
      child,
      logFile: spec.logFile,
      graceMs: spec.graceMs ?? 10_000,
      exited: new Promise<void>((resolve) => child.once('exit', () => resolve())),
    };
    child.once('error', (e) => this.onUnexpectedExit(spec.name, e.message));
    child.once('exit', (code, signal) => {
      if (!this.stopping && this.procs.includes(entry)) this.onUnexpectedExit(spec.name, signal ?? `mã ${code}`);
    });
    this.procs.push(entry);
    return entry;
  }

  /** Stops one process (SIGTERM, then SIGKILL after its grace) and forgets it, so its exit is expected. */
  async stopOne(entry: Supervised, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const i = this.procs.indexOf(entry);
    if (i >= 0) this.procs.splice(i, 1);
    if (!alive(entry.child)) return;
    entry.child.kill(signal);
    const timer = setTimeout(() => entry.child.kill('SIGKILL'), entry.graceMs);
    await entry.exited;
    clearTimeout(timer);
  }

  /** Every process, last started first: the app before the servers it needs. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.procs].reverse()) await this.stopOne(entry);
  }

  killAll(): void {
    for (const { child } of this.procs) if (alive(child)) child.kill('SIGKILL');
  }
}

/**
 * Foreground behaviour of a command that runs a Supervisor: Ctrl-C or SIGTERM stops everything through `stop`,
 * a second one kills without waiting. Returns `shutdown`, for a failed start or a child that died.
 */
export function foreground(what: string, stop: () => Promise<void>, kill: () => void): (code: number) => Promise<void> {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`Đang dừng ${what}…`);
    await stop();
    console.log('Đã dừng.');
    process.exit(code);
  };
  let interrupts = 0;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (++interrupts > 1) {
        kill();
        process.exit(130);
      }
      void shutdown(0);
    });
  }
  return shutdown;
}
