/** The task-list filter options shared by `tasks` and `export`. */
import type { Command } from 'commander';
import type { TaskListFilter } from '../../client/types';
import { TaskStatus } from '../../workflows/types';
import { civilDate } from './context';
import { badInput } from './exit';

export interface FilterOptions {
  agency?: string;
  directive?: string;
  status?: string;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  limit?: string;
}

export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--agency <id>', 'mã đơn vị chủ trì')
    .option('--directive <id>', 'mã văn bản')
    .option('--status <list>', `trạng thái, cách nhau bởi dấu phẩy (${TaskStatus.options.join(', ')})`)
    .option('--due-from <date>', 'hạn từ ngày (YYYY-MM-DD)')
    .option('--due-to <date>', 'hạn đến ngày (YYYY-MM-DD)')
    .option('--overdue', 'chỉ nhiệm vụ quá hạn')
    .option('--limit <n>', 'số dòng tối đa', '500');
}

export function toFilter(o: FilterOptions): TaskListFilter {
  const status = o.status?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of status ?? []) {
    if (!TaskStatus.safeParse(s).success) throw badInput(`--status: "${s}" không phải trạng thái (${TaskStatus.options.join(', ')})`);
  }
  const limit = Number(o.limit ?? 500);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10000) throw badInput(`--limit: phải là số nguyên 1–10000, nhận được "${o.limit}"`);
  return {
    agencyId: o.agency,
    directiveId: o.directive,
    status: status as TaskListFilter['status'],
    dueFrom: o.dueFrom ? civilDate(o.dueFrom, '--due-from') : undefined,
    dueTo: o.dueTo ? civilDate(o.dueTo, '--due-to') : undefined,
    overdue: o.overdue ? true : undefined,
    limit,
  };
}
