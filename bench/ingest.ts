/**
 * bench/ingest: how long opening each real original file takes (text-layer PDF, scanned PDF, photo, DOCX, DOC),
 * per file and per page, and the process's peak RSS. The files are the twelve originals of ../shared/corpus-files
 * (kept out of the repository) or any folder given with --files. Prints Markdown for bench/results/ingest.md.
 * Usage: npx tsx bench/ingest.ts [--files DIR] [--runs N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../ingest';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = option('--files') ?? path.join(__dirname, '..', '..', 'shared', 'corpus-files');
const runs = Number(option('--runs') ?? 1);

async function main(): Promise<void> {
  if (!fs.existsSync(dir)) throw new Error(`no folder ${dir}: pass --files DIR`);
  const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.endsWith('.md')).sort();
  console.log(`| file | format | KB | pages | read as | ms (best of ${runs}) | ms/page |`);
  console.log('| --- | --- | ---: | ---: | --- | ---: | ---: |');
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    let best = Infinity;
    let doc;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      doc = await extractDocument(bytes, { fileName: f });
      best = Math.min(best, performance.now() - t0);
    }
    const pages = doc!.pages ?? 1;
    console.log(`| ${f} | ${doc!.format} | ${(bytes.length / 1024).toFixed(0)} | ${doc!.pages ?? '—'} | ${doc!.conversions.join('; ')} | ${best.toFixed(0)} | ${(best / pages).toFixed(0)} |`);
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`\nPeak RSS of the Node process ${rss.toFixed(0)} MB (Tesseract and poppler run as child processes). ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
