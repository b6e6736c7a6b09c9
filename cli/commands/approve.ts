/** `chidao approve <task> [--reject] [--to <date>]`: a supervisor decides an extension request. */
import { Command } from 'commander';
import { DecideExtensionInput } from '../../workflows/types';
import { actOnTask, checked, occurrenceOf, operator } from '../lib/act';
import { action } from '../lib/context';

export const approveCommand = new Command('approve')
  .description('Lãnh đạo quyết định đề nghị gia hạn (mặc định: đồng ý)')
  .argument('<task>', 'mã nhiệm vụ')
  .option('--reject', 'từ chối gia hạn')
  .option('--to <date>', 'đồng ý gia hạn đến ngày khác ngày đề nghị (YYYY-MM-DD)')
  .option('--reason <text>', 'ý kiến', '')
  .option('--by <name>', 'người quyết định (mặc định: người dùng hiện tại)')
  .option('--occurrence <n>', 'lần đến hạn (0, 1, …; mặc định: lần sớm nhất còn mở)')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { reject?: boolean; to?: string; reason: string; by?: string; occurrence?: string; json?: boolean }) => {
      const input = checked(
        DecideExtensionInput,
        { by: operator('supervisor', opts.by), occurrence: occurrenceOf(opts), approve: !opts.reject, newDue: opts.to, reason: opts.reason },
        { occurrence: '--occurrence', newDue: '--to', reason: '--reason' },
      );
      await actOnTask(id, { json: opts.json }, () => ({ type: 'decideExtension', input }));
    }),
  );
