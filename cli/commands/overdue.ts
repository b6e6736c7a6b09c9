/** `chidao overdue`: overdue tasks counted by agency. */
import { Command } from 'commander';
import { action, withClient } from '../lib/context';
import { printJson, table } from '../lib/output';

export const overdueCommand = new Command('overdue')
  .description('Nhiệm vụ quá hạn theo đơn vị')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (opts: { json?: boolean }) => {
      const rows = (await withClient((client) => client.overdueByAgency())).sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));
      if (opts.json) return printJson(rows);
      if (rows.length === 0) return void process.stdout.write('Không có nhiệm vụ quá hạn.\n');
      process.stdout.write(
        table(rows, [
          { title: 'Đơn vị', value: (r) => r.agencyId },
          { title: 'Số nhiệm vụ quá hạn', value: (r) => String(r.count) },
          { title: 'Nhiệm vụ', value: (r) => r.workflowIds.join(', '), max: 100 },
        ]),
      );
    }),
  );
