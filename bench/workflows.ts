/**
 * bench/workflows: figures of issue 6 on a private Temporal dev server (in memory), worker in this process.
 *
 *   npx tsx bench/workflows.ts [--quick] [--parts rates,lateness,open] [--open 10000] [--try 100000] [--try-minutes 5]
 *                              [--cache N] [--minute-only] [--partitions-default]
 *
 * 1. registration throughput against the raw start-to-completion rate of a no-op workflow, same server, same run,
 *    in the same unit: workflows per second, from the first register() until every task workflow of the batch is
 *    running with its status in visibility (the directive workflows count too); directives of 1 and of 10 tasks,
 *    as many workflow starts in flight as for the no-op, the worker's cache first filled with open tasks, three
 *    alternating rounds, medians;
 * 2. reminder lateness when 1,000 reminders fall in the same minute, then at the same instant (time compressed
 *    with timeScale and one shared timeOrigin; lateness = the send activity's wall-clock start − the instant the
 *    send was scheduled for, its message's scheduledAt mapped back to real time);
 * 3. N open task workflows: worker (this process) RSS and idle CPU; then an attempt at a larger N, capped in time.
 * Writes bench/results/workflows.md.
 */
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecordingActivities } from '../activities/recording';
import type { EscalationPolicy } from '../calendar/types';
import { createChidaoClient } from '../client';
import type { ChidaoClient } from '../client/types';
import { calendarInput, loadCalendar } from '../config/calendar';
import type { DirectiveSpec } from '../directives/spec';
import { ensureProvisioned } from '../scripts/provision/index';
import { SINGLE_WORKER_DYNAMIC_CONFIG, spawnDevServer } from '../scripts/servers';
import { deadline } from '../directives/deadline-builder';
import { SA_AGENCIES, SA_KIND } from '../workflows/search-attributes';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { bundleWorkflows } from '../workers/bundle';
import { createWorker } from '../workers/worker';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const QUICK = args.includes('--quick');
const START_N = QUICK ? 100 : 1000;
const RATE_ROUNDS = QUICK ? 1 : 3;
const LATENESS_N = QUICK ? 200 : 1000;
const OPEN_N = flag('open', QUICK ? 1000 : 10_000);
const TRY_N = flag('try', QUICK ? 0 : 100_000);
const TRY_MINUTES = flag('try-minutes', 5);
const CONCURRENCY = 64;
const PARTS = new Set((args.includes('--parts') ? args[args.indexOf('--parts') + 1] : 'rates,lateness,open').split(','));

const LADDER: EscalationPolicy = {
  id: 'bench',
  sendAt: '08:00',
  steps: [
    { id: 'd-5', offsetWorkingDays: -5, recipients: ['focal'], channels: ['email'], copyCoordinators: false },
    { id: 'd0', offsetWorkingDays: 0, recipients: ['focal', 'head'], channels: ['email', 'zalo'], copyCoordinators: false },
    { id: 'd+1', offsetWorkingDays: 1, recipients: ['head', 'supervisor'], channels: ['email'], copyCoordinators: false },
  ],
};
const ONE_SEND: EscalationPolicy = {
  id: 'one-send',
  sendAt: '08:00',
  // Two working days before the deadline: compressed, the deadlines' end (24:00 of the due day, 1,000 tasks turning
  // overdue at once) then falls well after the minute measured instead of inside it, as in real time.
  steps: [{ id: 'd-2', offsetWorkingDays: -2, recipients: ['focal'], channels: ['email'], copyCoordinators: false }],
};

const span = { start: 0, end: 1, line: 1 };
function spec(number: string, agency: string, tasks: number, nominal: string): DirectiveSpec {
  return {
    version: 1,
    document: {
      number,
      code: 'TB-BENCH',
      type: 'Thông báo',
      issuer: 'Bench',
      place: null,
      issuedOn: '2026-11-02',
      subject: 'bench',
      signer: null,
      addressees: [],
      distribution: [],
    },
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `t${i + 1}`,
      ref: String(i + 1),
      text: 'Báo cáo',
      span,
      assignees: [{ name: agency, agencyId: agency, role: 'lead' as const, group: false }],
      deadlines: [deadline({ phrase: 'hạn', kind: 'once', nominal, due: nominal })],
    })),
    warnings: [],
  };
}

async function pool<T>(n: number, fn: (i: number) => Promise<T>, concurrency = CONCURRENCY): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

async function countUntil(client: Client, query: string, n: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { count } = await client.workflow.count(query);
    if (count >= n) return Date.now();
    if (Date.now() > deadline) throw new Error(`only ${count}/${n} for ${query}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const procRss = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
};
const procCpuTicks = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]);
};

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const manifest = await ensureProvisioned(undefined, () => undefined);
  if (!manifest.temporalCli) throw new Error('Temporal CLI missing: run `npm run provision`');
  const server = await spawnDevServer({
    binary: manifest.temporalCli,
    searchAttributes: SEARCH_ATTRIBUTES,
    dynamicConfig: args.includes('--partitions-default') ? {} : SINGLE_WORKER_DYNAMIC_CONFIG,
  });
  const lines: string[] = [];
  const log = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  try {
    const connection = await Connection.connect({ address: server.address });
    const client = new Client({ connection, namespace: server.namespace });
    const taskQueue = 'bench';
    const recorder = new RecordingActivities();
    const native = await NativeConnection.connect({ address: server.address });
    const t0 = Date.now();
    const { code } = await bundleWorkflows(path.join(__dirname, 'bench-workflows.ts'));
    log(`- workflow bundle: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const worker = await createWorker({
      connection: native,
      namespace: server.namespace,
      taskQueue,
      activities: recorder.activities(),
      workflowBundle: { code },
      tuning: { maxConcurrentActivityTaskExecutions: 200, ...(args.includes('--cache') ? { maxCachedWorkflows: flag('cache', 0) } : {}) },
    });
    const running = worker.run();
    const chidao = (policy: EscalationPolicy, taskOptions = {}): ChidaoClient =>
      createChidaoClient({ client, taskQueue, calendar: calendarInput(), policies: { [policy.id]: policy }, defaultPolicyId: policy.id, taskOptions });

    // 1. start rates
    // Task workflows per second from the first registration until all START_N are running with their status.
    // CPU (worker = this process, and dev server) spent per workflow started, in ms: where a rate's limit lies.
    const cpu = () => [procCpuTicks(process.pid), procCpuTicks(server.pid)];
    const cpuPer = (before: number[], workflows: number) => {
      const [w, s] = cpu().map((x, i) => ((x - before[i]) * 10) / workflows);
      return `worker ${w.toFixed(1)} ms, dev server ${s.toFixed(1)} ms`;
    };
    const registrationRate = async (label: string, tasksPerDirective: number) => {
      const reg = chidao(LADDER);
      const t0 = Date.now();
      const c0 = cpu();
      // As many workflow starts in flight as for the no-op: a directive of n tasks starts n + 1 workflows.
      const inFlight = Math.max(1, Math.round(CONCURRENCY / (tasksPerDirective + 1)));
      await pool(START_N / tasksPerDirective, (i) => reg.register(spec(`${i}/${label}`, `bench-${label}`, tasksPerDirective, '2027-06-30')), inFlight);
      const done = await countUntil(client, `${SA_AGENCIES.name} = "bench-${label}" AND ${SA_KIND.name} = "task"`, START_N, 300_000);
      return { rate: START_N / ((done - t0) / 1000), cpu: cpuPer(c0, START_N + START_N / tasksPerDirective) };
    };
    if (PARTS.has('rates')) {
      // Rounds alternate the three measurements so that a slower stretch of the machine falls on all of them; the
      // medians are compared.
      // Warm-up, not measured: the worker's cache filled with open tasks, as in production, so that every round
      // (no-op and registrations alike) starts workflows into a full cache that must evict one for each.
      await pool(20, (i) => client.workflow.execute('noopWorkflow', { workflowId: `warm-${i}`, taskQueue }));
      await registrationRate('warm', 1);
      const noop: number[] = [];
      const reg1: number[] = [];
      const reg10: number[] = [];
      const cpuLines: string[] = [];
      for (let round = 1; round <= RATE_ROUNDS; round++) {
        const t = Date.now();
        const c0 = cpu();
        await pool(START_N, (i) => client.workflow.execute('noopWorkflow', { workflowId: `noop-${round}-${i}`, taskQueue }));
        noop.push(START_N / ((Date.now() - t) / 1000));
        const noopCpu = cpuPer(c0, START_N);
        const r1 = await registrationRate(`reg-${round}`, 1);
        const r10 = await registrationRate(`reg10-${round}`, 10);
        reg1.push(r1.rate);
        reg10.push(r10.rate);
        log(`  round ${round}: no-op ${noop.at(-1)!.toFixed(1)}/s, 1-task directives ${r1.rate.toFixed(1)}/s, 10-task directives ${r10.rate.toFixed(1)} tasks/s`);
        if (round === 1) cpuLines.push(`no-op: ${noopCpu}`, `1-task directives: ${r1.cpu}`, `10-task directives: ${r10.cpu}`);
      }
      const median = (xs: number[]) => pct(xs, 50);
      const noopRate = median(noop);
      const ofNoop = (rate: number) => `${((100 * rate) / noopRate).toFixed(0)} %`;
      const [r1, r10] = [median(reg1), median(reg10)];
      log(`- no-op workflow, start → completed: ${noopRate.toFixed(1)}/s (median of ${RATE_ROUNDS} rounds of ${START_N}, ${CONCURRENCY} starts in flight)`);
      log(
        `- registration, directives of 1 task: ${(2 * r1).toFixed(1)} workflows/s = ${ofNoop(2 * r1)} of the no-op rate (goal ≥ 80 %); ` +
          `${r1.toFixed(1)} directives/s = ${ofNoop(r1)} (two workflows each: directive + task)`,
      );
      log(
        `- registration, directives of 10 tasks: ${(1.1 * r10).toFixed(1)} workflows/s = ${ofNoop(1.1 * r10)} of the no-op rate (goal ≥ 80 %); ` +
          `${r10.toFixed(1)} tasks/s = ${ofNoop(r10)}`,
      );
      log(`- CPU per workflow started (round 1): ${cpuLines.join('; ')}`);
    }

    // 2. lateness of LATENESS_N reminders due in the same minute, then at the same instant
    const lateness = async (label: string, spreadRealSeconds: number) => {
      const cal = loadCalendar();
      const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const due = cal.addWorkingDays(today, 5);
      const planned = Date.parse(`${cal.addWorkingDays(due, -2)}T01:00:00.000Z`); // 08:00 local, the d-2 step
      const origin = Date.now();
      const realTarget = origin + 180_000;
      const scale = (planned - origin) / (realTarget - origin);
      // Planned time runs `scale` times faster than real time: the options are given in planned time so that the
      // spread and the look-up lead come out at spreadRealSeconds and 60 s of real time.
      const late = chidao(ONE_SEND, {
        timeScale: scale,
        timeOrigin: new Date(origin).toISOString(),
        sendSpreadSeconds: spreadRealSeconds * scale,
        prepareMinutesAhead: scale, // 60 s real
      });
      const realOf = (workflowIso: string) => origin + (Date.parse(workflowIso) - origin) / scale;
      recorder.calls.length = 0;
      await pool(LATENESS_N / 10, (i) => late.register(spec(`${i}/${label}`, `bench-${label}`, 10, due)));
      const registeredBy = Date.now() - origin;
      const deadline = realTarget + spreadRealSeconds * 1000 + 120_000;
      while (recorder.calls.filter((c) => c.kind === 'sendEmail').length < LATENESS_N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      const calls = recorder.calls.filter((c) => c.kind === 'sendEmail');
      const sends = calls.map((c) => Math.round(Date.parse(c.wallAt) - realOf(c.message!.scheduledAt!)));
      // Where in the minute the late ones were: p99 per tenth of the spread.
      const slices = new Map<number, number[]>();
      calls.forEach((c, i) => {
        const slice = spreadRealSeconds ? Math.floor((realOf(c.message!.scheduledAt!) - realTarget) / (spreadRealSeconds * 100)) : 0;
        slices.set(slice, [...(slices.get(slice) ?? []), sends[i]]);
      });
      log(
        `- ${LATENESS_N} reminders due ${spreadRealSeconds ? `in the same minute (each at its own second of it)` : 'at the same instant'}, recipients looked up 60 s ahead ` +
          `(registered within ${(registeredBy / 1000).toFixed(0)} s, due ${(realTarget - origin) / 1000} s after origin): ` +
          `${sends.length} sent; lateness p50 ${pct(sends, 50)} ms, p99 ${pct(sends, 99)} ms, max ${Math.max(...sends)} ms (goal p99 < 2 s)`,
      );
      if (spreadRealSeconds) {
        log(`  p99 by tenth of the minute: ${[...slices.keys()].sort((x, y) => x - y).map((k) => `${k}: ${pct(slices.get(k)!, 99)} ms (${slices.get(k)!.length})`).join(', ')}`);
      }
    };
    if (PARTS.has('lateness')) {
      await lateness('minute', 60);
      if (!args.includes('--minute-only')) await lateness('instant', 0);
    }

    // 3. open task workflows: RSS and idle CPU
    const open = async (n: number, label: string, capMs: number) => {
      const perDirective = 10;
      const c = chidao(LADDER);
      const t1 = Date.now();
      let made = 0;
      await pool(Math.ceil(n / perDirective), async (i) => {
        if (Date.now() - t1 > capMs) return;
        await c.register(spec(`${i}/${label}`, `bench-${label}`, perDirective, '2027-06-30'));
        made += perDirective;
      });
      const regSeconds = (Date.now() - t1) / 1000;
      const query = `${SA_AGENCIES.name} = "bench-${label}" AND ${SA_KIND.name} = "task"`;
      await countUntil(client, query, made, 600_000).catch((e: Error) => log(`  (${e.message})`));
      // What is measured is what runs: task workflows visible with their status, not directive starts sent.
      const running = (await client.workflow.count(query)).count;
      global.gc?.();
      await new Promise((r) => setTimeout(r, 10_000));
      const cpu0 = process.cpuUsage();
      const srv0 = procCpuTicks(server.pid);
      const w0 = Date.now();
      await new Promise((r) => setTimeout(r, 30_000));
      const cpu = process.cpuUsage(cpu0);
      const wall = (Date.now() - w0) / 1000;
      const srvTicks = (procCpuTicks(server.pid) - srv0) / 100;
      log(
        `- ${running} open task workflows running (${made} asked for in ${Math.ceil(made / perDirective)} directives, their starts sent in ${regSeconds.toFixed(0)} s): ` +
          `worker process RSS ${mb(process.memoryUsage().rss)} MB (goal < 1 GB), idle CPU ${((100 * (cpu.user + cpu.system)) / 1e6 / wall).toFixed(1)} % of one core (goal < 5 %); ` +
          `dev server RSS ${mb(procRss(server.pid))} MB, idle CPU ${((100 * srvTicks) / wall).toFixed(1)} %`,
      );
      return running;
    };
    if (PARTS.has('open')) await open(OPEN_N, 'open', 60 * 60_000);
    if (PARTS.has('open') && TRY_N > OPEN_N) {
      const running = await open(TRY_N - OPEN_N, 'try', TRY_MINUTES * 60_000);
      log(`  attempt at ${TRY_N} (starts capped at ${TRY_MINUTES} min, then 10 min to run): ${OPEN_N + running} task workflows running in total`);
    }

    worker.shutdown();
    await running;
    await native.close();
    await connection.close();
  } finally {
    await server.stop({ signal: 'SIGKILL' });
  }
  const out = path.join(__dirname, 'results', 'workflows.md');
  const header = [
    '# bench/workflows',
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), shared with other work; ` +
      `Temporal CLI dev server in memory; worker and client in one Node ${process.version} process. ` +
      `\`npx tsx bench/workflows.ts ${args.join(' ')}\` reproduces it.`,
    '',
  ];
  fs.writeFileSync(out, [...header, ...lines, ''].join('\n'));
  console.log(`→ ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
