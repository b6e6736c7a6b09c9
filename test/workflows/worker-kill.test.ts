/**
 * A worker process killed with SIGKILL in the middle of a ladder, then restarted: every planned reminder is
 * recorded exactly once by dedupe key, a send in flight at the kill being retried at most once.
 *
 * Real clock on the run-wide dev server, so the ladder is compressed: the tasks run with timeScale 40 000
 * (a working-day ladder of about two and a half weeks passes in under a minute). The worker is the real
 * process (`workers/main.ts`) with the recording activities writing to a file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRecording } from '../../activities/recording';
import type { ChidaoClient } from '../../client/types';
import { loadCalendar } from '../../config/calendar';
import type { TaskView } from '../../workflows/types';
import { devServer, workflowBundle } from '../harness';
import { deadline, seed000, task } from './fixtures';
import { devClient, eventually, uniq } from './dev-env';

const REPO = path.join(__dirname, '..', '..');
const taskQueue = `kill-${uniq()}`;
let dir: string;
let bundleFile: string;
let recordFile: string;
let chidao: ChidaoClient;
let close: () => Promise<void>;
let worker: ChildProcess | undefined;

function startWorker(): ChildProcess {
  const { address, namespace } = devServer();
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: address,
      TEMPORAL_NAMESPACE: namespace,
      CHIDAO_TASK_QUEUE: taskQueue,
      CHIDAO_ACTIVITIES: 'recording',
      CHIDAO_RECORD_FILE: recordFile,
      CHIDAO_SEND_DELAY_MS: '400',
      CHIDAO_DIGEST: 'off',
      CHIDAO_WORKFLOW_BUNDLE: bundleFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-kill-'));
  bundleFile = path.join(dir, 'bundle.js');
  recordFile = path.join(dir, 'sends.jsonl');
  fs.writeFileSync(bundleFile, (await workflowBundle()).code);
  ({ chidao, close } = await devClient(taskQueue, { timeScale: 40_000, sendTimeout: '3 seconds' }));
});

afterAll(async () => {
  if (worker) await kill(worker, 'SIGKILL');
  await close?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('records every planned reminder exactly once by dedupe key across a SIGKILL and restart', async () => {
  const cal = loadCalendar();
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const due = cal.addWorkingDays(today, 6);
  const spec = seed000();
  spec.document.number = `${uniq()}/TB-VP`;
  spec.tasks = ['so-y-te', 'so-gddt'].map((a, i) =>
    task(`t${i + 1}`, `${i + 1}`, 'Gửi số liệu', [a], [deadline({ kind: 'once', phrase: 'hạn thử nghiệm', nominal: due, due })], ['so-ldtbxh']),
  );

  worker = startWorker();
  const { taskWorkflowIds } = await chidao.register(spec);
  // Kill while the ladder is under way: a few reminders out, the rest to come.
  await eventually(async () => readRecording(recordFile).filter((c) => c.kind !== 'resolveRecipients').length >= 3, 'three sends recorded', 90_000);
  await kill(worker, 'SIGKILL');
  const atKill = readRecording(recordFile).filter((c) => c.kind === 'sendEmail' || c.kind === 'sendZalo').length;
  worker = startWorker();

  const views = await eventually(async () => {
    const vs: TaskView[] = await Promise.all(taskWorkflowIds.map((id) => chidao.status(id)));
    return vs.every((v) => v.overdue && v.occurrences[0].upcoming.length === 0) ? vs : undefined;
  }, 'every task overdue with its ladder done', 150_000);
  await kill(worker, 'SIGTERM');
  worker = undefined;

  const sends = readRecording(recordFile).filter((c) => (c.kind === 'sendEmail' || c.kind === 'sendZalo') && c.outcome === 'ok');
  const count = new Map<string, number>();
  for (const s of sends) count.set(s.dedupeKey!, (count.get(s.dedupeKey!) ?? 0) + 1);
  const planned = views.flatMap((v) => v.reminders.filter((r) => r.status === 'sent').map((r) => r.dedupeKey));

  // Per task: −5 focal email (1), −2 focal email+Zalo (2), 0 focal+head+coordinator × 2 (6), +1 (2), +5 (2).
  expect(planned).toHaveLength(26);
  expect(new Set(planned).size).toBe(26);
  expect([...count.keys()].sort()).toEqual([...planned].sort());
  expect([...count.values()].every((n) => n <= 2)).toBe(true);
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(26);
}, 300_000);
