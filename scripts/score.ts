/**
 * `npm run score [-- --files DIR] [--only NAME] [--verbose] [--json]`: how well the reader does on the annotated corpus
 * (test/fixtures/corpus/ANNOTATIONS.md). Per document and in total: recall and precision of dated deadlines, and the
 * share of found deadlines whose task names the right lead agency. Originals are read from DIR (default
 * ../shared/corpus-files when it exists); --verbose lists what was missed, invented or given the wrong lead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { REPO_ROOT } from './provision/paths';
import { scoreCorpus, type CorpusScore, type PartTotals, type ScoredDocument } from './score/run';
import type { Totals } from './score/match';

const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)} %`;

function totalsLine(label: string, t: Totals): string {
  return `${label.padEnd(44)} ${String(t.matched).padStart(4)}/${String(t.annotated).padEnd(4)} found ${String(t.found).padStart(4)}`
    + `  recall ${pct(t.recall)}  precision ${pct(t.precision)}  lead ${pct(t.lead)} (${t.leadRight}/${t.leadAsked})`;
}

function partLine(label: string, t: PartTotals): string {
  return `${label.padEnd(44)} ${String(t.matched).padStart(4)}/${String(t.annotated).padEnd(4)}`
    + `  recall ${pct(t.recall)}  lead ${pct(t.lead)} (${t.leadRight}/${t.leadAsked})`;
}

function details(d: ScoredDocument): string[] {
  if (!d.score) return [];
  return [
    ...d.score.missed.map((m) => `    missed   ${m.date}  "${m.phrase}"${m.table ? ' (table)' : ''}`),
    ...d.score.invented.map((f) => `    invented ${f.nominal}  "${f.phrase}"`),
    ...d.score.wrongLead.map((w) => `    lead     ${w.expected.date}  expected [${w.expected.lead.join('; ')}] found [${w.found.leads.join('; ')}]`),
  ];
}

function print(result: CorpusScore, verbose: boolean): void {
  for (const d of result.documents) {
    if (!d.score) {
      console.log(`${d.name.padEnd(44)} skipped: ${d.skipped}`);
      continue;
    }
    const s = d.score;
    const leadShare = s.leadAsked ? pct(s.leadRight / s.leadAsked) : '   —';
    console.log(`${d.name.slice(0, 44).padEnd(44)} ${String(s.matched).padStart(4)}/${String(s.annotated).padEnd(4)} found ${String(s.found).padStart(4)}  ${d.form.padEnd(13)} lead ${leadShare}`);
    if (verbose) details(d).forEach((line) => console.log(line));
  }
  console.log('');
  for (const [form, t] of Object.entries(result.byForm)) console.log(totalsLine(`  ${form} (${t.documents})`, t));
  console.log(partLine('  deadlines in tables (recall, lead)', result.tables.inTables));
  console.log(partLine('  deadlines outside tables (recall, lead)', result.tables.outside));
  const issuers = new Set(result.documents.filter((d) => d.score).map((d) => d.issuer)).size;
  console.log(totalsLine(`TOTAL (${result.totals.documents} documents, ${issuers} issuers)`, result.totals));
}

async function main(): Promise<void> {
  const program = new Command('score')
    .option('--files <dir>', 'folder of the original files (PDF, DOCX, DOC, scans)')
    .option('--only <name>', 'only documents whose name contains this')
    .option('--verbose', 'list missed, invented and wrong-lead deadlines')
    .option('--json', 'the whole result as JSON')
    .parse();
  const opts = program.opts<{ files?: string; only?: string; verbose?: boolean; json?: boolean }>();
  const sharedFiles = path.join(REPO_ROOT, '..', 'shared', 'corpus-files');
  const filesDir = opts.files ?? (fs.existsSync(sharedFiles) ? sharedFiles : null);
  const result = await scoreCorpus({ filesDir, only: opts.only });
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else print(result, !!opts.verbose);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
