/** `chidao tasks`: task list by agency, directive, status, due range, overdue. */
import { Command } from 'commander';
import { action, withClient } from '../lib/context';
import { toFilter, withFilterOptions, type FilterOptions } from '../lib/filters';
import { printJson } from '../lib/output';
import { taskTable } from '../lib/task-view';

export const tasksCommand = withFilterOptions(new Command('tasks').description('Danh sách nhiệm vụ'))
  .option('--json', 'in dạng JSON')
  .action(
    action(async (opts: FilterOptions & { json?: boolean }) => {
      const filter = toFilter(opts);
      const rows = await withClient((client) => client.list(filter));
      if (opts.json) printJson(rows);
      else process.stdout.write(taskTable(rows));
    }),
  );
