/**
 * `chidao register <file|folder|->`: reads each directive, shows the extracted table, asks to confirm
 * (`--yes` skips), registers through client/ (idempotent: the same document twice changes nothing).
 * A folder shows a progress bar; the exit code is 2 when a document could not be read, 1 when a
 * registration failed.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import type { RegisterResult } from '../../client/types';
import type { DirectiveSpec } from '../../directives/spec';
import { checkRegistrable } from '../lib/checks';
import { action, civilDate, withClient } from '../lib/context';
import { DOCUMENT_FILE, readDirectiveFile } from '../lib/document';
import { badInput, CliError, EXIT, toCliError } from '../lib/exit';
import { printJson } from '../lib/output';
import { specTable } from '../lib/spec-table';


interface Outcome {
  file: string;
  directiveId?: string;
  created?: boolean;
  tasks?: number;
  error?: { code: string; message: string; exitCode: number };
}

function documentsOf(target: string): string[] {
  if (target === '-') return ['-'];
  let st;
  try {
    st = statSync(target);
  } catch {
    throw badInput(`Không tìm thấy "${target}"`);
  }
  if (!st.isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((f) => DOCUMENT_FILE.test(f))
    .sort()
    .map((f) => path.join(target, f));
  if (files.length === 0) throw badInput(`Thư mục "${target}" không có văn bản (.pdf, .docx, .doc, ảnh quét, .txt, .md, .html)`);
  return files;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw badInput('Cần xác nhận nhưng không có terminal: thêm --yes để đăng ký không hỏi');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} [c/K] `)).trim().toLowerCase();
    return answer === 'c' || answer === 'có' || answer === 'y' || answer === 'yes';
  } finally {
    rl.close();
  }
}

export const registerCommand = new Command('register')
  .description('Đăng ký văn bản chỉ đạo (tệp, thư mục, hoặc - cho stdin) sau khi xem bảng nhiệm vụ trích xuất')
  .argument('<path>', 'tệp văn bản, thư mục văn bản, hoặc - để đọc từ stdin')
  .option('-y, --yes', 'không hỏi xác nhận')
  .option('--issued-on <date>', 'ngày ban hành (YYYY-MM-DD) khi văn bản không ghi')
  .option('--policy <id>', 'mã chính sách nhắc việc')
  .option('--json', 'in kết quả dạng JSON')
  .action(
    action(async (target: string, opts: { yes?: boolean; issuedOn?: string; policy?: string; json?: boolean }) => {
      const issuedOn = opts.issuedOn ? civilDate(opts.issuedOn, '--issued-on') : undefined;
      const files = documentsOf(target);
      if (target === '-' && !opts.yes) throw badInput('Đọc từ stdin cần --yes (không thể vừa đọc văn bản vừa hỏi xác nhận)');

      // Read everything first: nothing is registered unless every document was read and confirmed.
      const docs: Array<{ file: string; text: string; spec: DirectiveSpec }> = [];
      const outcomes: Outcome[] = [];
      for (const file of files) {
        try {
          const { text, spec } = await readDirectiveFile(file, { issuedOn, quiet: opts.json || files.length > 1 });
          checkRegistrable(spec, file);
          docs.push({ file, text, spec });
        } catch (err) {
          const e = toCliError(err);
          if (files.length === 1) throw e;
          outcomes.push({ file, error: { code: e.code, message: e.message, exitCode: e.exitCode } });
          if (!opts.json) process.stderr.write(`Bỏ qua ${file}: ${e.message}\n`);
        }
      }
      if (!opts.json) for (const d of docs) process.stdout.write(`\n${files.length > 1 ? `== ${d.file}\n` : ''}${specTable(d.spec)}`);
      if (!opts.yes) {
        const n = docs.reduce((k, d) => k + d.spec.tasks.length, 0);
        const ok = await confirm(`Đăng ký ${docs.length} văn bản (${n} nhiệm vụ)?`);
        if (!ok) throw new CliError(EXIT.refused, 'Đã hủy, không đăng ký gì', 'cancelled');
      }

      await withClient(async (client) => {
        const bar = files.length > 1 && !opts.json && process.stderr.isTTY ? new SingleBar({ format: 'Đăng ký {bar} {value}/{total} {file}' }, Presets.shades_classic) : null;
        bar?.start(docs.length, 0, { file: '' });
        for (const d of docs) {
          try {
            const result: RegisterResult = await client.register(d.spec, { text: d.text, policyId: opts.policy });
            outcomes.push({ file: d.file, directiveId: result.directiveId, created: result.created, tasks: result.taskWorkflowIds.length });
          } catch (err) {
            const e = toCliError(err);
            if (files.length === 1) throw e;
            outcomes.push({ file: d.file, error: { code: e.code, message: e.message, exitCode: e.exitCode } });
          }
          bar?.increment(1, { file: path.basename(d.file) });
        }
        bar?.stop();
      });

      outcomes.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
      if (opts.json) printJson(files.length === 1 ? outcomes[0] : { results: outcomes });
      else {
        for (const o of outcomes) {
          if (o.error) process.stdout.write(`✗ ${o.file}: ${o.error.message}\n`);
          else process.stdout.write(`${o.created ? '✓ Đã đăng ký' : '= Đã có từ trước (không thay đổi)'}: ${o.directiveId} (${o.tasks} nhiệm vụ)\n`);
        }
      }
      const worst = outcomes.reduce((code, o) => (o.error ? (o.error.exitCode === EXIT.badInput && code !== EXIT.failure ? EXIT.badInput : EXIT.failure) : code), EXIT.ok as number);
      if (worst) process.exitCode = worst;
    }),
  );
