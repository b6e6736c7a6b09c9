/**
 * bench/parse: throughput of the directive reader on 1 MB and 10 MB directives, its scaling (10× the text should
 * cost at most 11× the time), and a fuzz run over mutated seed documents that must not crash once.
 * Usage: npx tsx bench/parse.ts [--fuzz N] [--runs N]. Prints Markdown for bench/results/parse.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDirective } from '../directives';
import { DirectiveSpec } from '../directives/spec';
import { loadAgencyDirectory } from '../config/agencies';

const SEED_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');
const seeds = fs.readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEED_DIR, f), 'utf8'));
const agencies = loadAgencyDirectory();

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A seeded PRNG (mulberry32), so a fuzz failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One long directive of about `bytes` UTF-8 bytes: seed 000's header, then the seeds' bodies (numbered on), then
 * its distribution list and signature. A realistic worst case: everything is body, so every parser runs on it all.
 */
export function makeDocument(bytes: number): string {
  const header = seeds[0].slice(0, seeds[0].indexOf('Ngày 05/01/2018'));
  const footer = seeds[0].slice(seeds[0].indexOf('Nơi nhận:'));
  // Each seed's body: from its first numbered item (or, for the news page, its first agency paragraph) to its
  // distribution list (or the page's "Bài viết trước").
  const bodies = seeds.map((s) => {
    const stop = [s.indexOf('Nơi nhận:'), s.indexOf('Bài viết trước')].filter((i) => i > 0);
    const body = stop.length > 0 ? s.slice(0, Math.min(...stop)) : s;
    const start = body.search(/\n(?:\d\.|I\.|Theo đó)/u);
    return start >= 0 ? body.slice(start + 1) : body;
  });
  const parts: string[] = [header];
  let size = Buffer.byteLength(header) + Buffer.byteLength(footer);
  for (let i = 0; size < bytes; i++) {
    const part = `\n${100 + i}. Giao Sở Y tế:\n${bodies[i % bodies.length]}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  parts.push(footer);
  return parts.join('');
}

/**
 * Wall time and process CPU time of reading `text`, the fastest of `runs`: on a shared machine the minimum is the
 * run least disturbed by other work (the median moves with the load).
 */
function time(text: string, runs: number): { wall: number; cpu: number } {
  let best = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    readDirective(text, { agencies });
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (wall < best.wall) best = { wall, cpu: (c.user + c.system) / 1000 };
  }
  return best;
}

const PIECES = ['trước ngày ', 'chậm nhất ', 'trong tháng ', 'quý IV/', 'hằng năm', 'định kỳ (', '20/01/2018', '31/02', '30/4 – 1/5', '\n- ', '\n2.1. ',
  '** Thực hiện: ', 'Giao ', 'chủ trì, phối hợp với ', 'Số: /UBND', 'Nơi nhận:', 'KT. CHỦ TỊCH\n', '<p>', '&amp;', '**', 'mùng 6 Tết ', 'âm lịch', '\r\n', '\u0000', '\uFFFD', '😀', 'ệ'.normalize('NFD')];

/** Random edits of a seed: insert a genre piece or random code points, delete, duplicate, re-encode a slice. */
function mutate(text: string, next: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(next() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (t.length + 1));
    const len = Math.floor(next() * 300);
    switch (Math.floor(next() * 6)) {
      case 0: t = t.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + t.slice(at); break;
      case 1: t = t.slice(0, at) + t.slice(at + len); break;
      case 2: t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at); break;
      case 3: t = t.slice(0, at) + t.slice(at, at + len).normalize('NFD').replace(/\n/g, '\r\n') + t.slice(at + len); break;
      case 4: t = t.slice(0, at) + String.fromCodePoint(...Array.from({ length: 1 + Math.floor(next() * 5) }, () => Math.floor(next() * 0x2ffff))) + t.slice(at); break;
      default: t = t.slice(0, at) + t.slice(at, at + len).toUpperCase() + t.slice(at + len);
    }
  }
  return t;
}

function main(): void {
  const runs = arg('--runs', 3);
  const fuzzCount = arg('--fuzz', 100_000);
  readDirective(seeds[0], { agencies }); // warm up the regexes and the calendar
  const small = makeDocument(1_000_000);
  const large = makeDocument(10_000_000);
  time(small, 2); // let V8 tier up before measuring
  const tSmall = time(small, runs + 2);
  const tLarge = time(large, runs);
  const mb = (s: string) => Buffer.byteLength(s) / 1e6;
  const rate = (s: string, ms: number) => mb(s) / (ms / 1000);
  const load = os.loadavg()[0];

  const next = rng(20260101);
  let crashes = 0;
  let invalid = 0;
  const first: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < fuzzCount; i++) {
    const doc = mutate(seeds[i % seeds.length], next);
    try {
      const spec = readDirective(doc, { agencies });
      if (!DirectiveSpec.safeParse(spec).success) invalid++;
    } catch (err) {
      crashes++;
      if (first.length < 3) first.push(`#${i}: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  const fuzzSeconds = (performance.now() - t0) / 1000;

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `## bench/parse — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores (shared), Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Fastest of ${runs + 2} runs (1 MB, after 2 warm-up runs) and of ${runs} runs (10 MB); load average ${load.toFixed(1)} at the start.`,
    "MB = 10^6 bytes of UTF-8. Documents: seed 000's header, the five seeds' bodies repeated, its footer.",
    '',
    '| document | size | wall time | CPU time | throughput (wall) |',
    '| --- | --- | --- | --- | --- |',
    `| 1 MB directive | ${mb(small).toFixed(2)} MB | ${tSmall.wall.toFixed(0)} ms | ${tSmall.cpu.toFixed(0)} ms | ${rate(small, tSmall.wall).toFixed(1)} MB/s |`,
    `| 10 MB directive | ${mb(large).toFixed(2)} MB | ${tLarge.wall.toFixed(0)} ms | ${tLarge.cpu.toFixed(0)} ms | ${rate(large, tLarge.wall).toFixed(1)} MB/s |`,
    '',
    `Scaling: 10 MB / 1 MB wall time = ${(tLarge.wall / tSmall.wall).toFixed(2)}× for ${(mb(large) / mb(small)).toFixed(2)}× the text (target ≤ 11×).`,
    '',
    `Fuzz: ${fuzzCount.toLocaleString('en-US')} mutated seed documents in ${fuzzSeconds.toFixed(0)} s — ${crashes} crashes, ${invalid} results failing the DirectiveSpec schema.`,
    ...first.map((f) => `    ${f.split('\n').slice(0, 4).join('\n    ')}`),
  ];
  console.log(lines.join('\n'));
  if (crashes > 0 || invalid > 0 || rate(small, tSmall.wall) < 5 || tLarge.wall / tSmall.wall > 11) process.exitCode = 1;
}

if (require.main === module) main();
