/** `chidao export --out tasks.xlsx|tasks.csv`: the task list (same filters as `tasks`) for Excel. */
import { Command } from 'commander';
import { action, withClient } from '../lib/context';
import { badInput } from '../lib/exit';
import { toRow, writeCsv, writeXlsx, type ExportRow } from '../lib/export';
import { toFilter, withFilterOptions, type FilterOptions } from '../lib/filters';
import { printJson } from '../lib/output';

export const exportCommand = withFilterOptions(new Command('export').description('Xuất danh sách nhiệm vụ ra Excel (.xlsx) hoặc CSV'))
  .requiredOption('-o, --out <file>', 'tệp kết quả (.xlsx hoặc .csv; - để in CSV ra stdout)')
  .option('--format <format>', 'xlsx hoặc csv (mặc định theo đuôi tệp)')
  .option('--json', 'in tóm tắt dạng JSON')
  .action(
    action(async (opts: FilterOptions & { out: string; format?: string; json?: boolean }) => {
      const format = (opts.format ?? (opts.out === '-' ? 'csv' : (/\.(xlsx|csv)$/i.exec(opts.out)?.[1] ?? ''))).toLowerCase();
      if (format !== 'xlsx' && format !== 'csv') throw badInput(`--format: chỉ nhận xlsx hoặc csv (tệp "${opts.out}")`);
      if (format === 'xlsx' && opts.out === '-') throw badInput('--out: tệp .xlsx không in ra stdout được');
      const filter = toFilter(opts);
      const rows: ExportRow[] = await withClient(async (client) => {
        const list = await client.list(filter);
        const out: ExportRow[] = [];
        for (const t of list) out.push(toRow(await client.status(t.workflowId)));
        return out;
      });
      if (format === 'xlsx') await writeXlsx(opts.out, rows);
      else writeCsv(opts.out, rows);
      if (opts.json) printJson({ file: opts.out, format, rows: rows.length });
      else if (opts.out !== '-') process.stderr.write(`Đã xuất ${rows.length} nhiệm vụ ra ${opts.out}\n`);
    }),
  );
