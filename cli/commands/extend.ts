/** `chidao extend <task> --to <date> --reason <text>`: the agency asks for an extension. */
import { Command } from 'commander';
import { RequestExtensionInput } from '../../workflows/types';
import { actOnTask, checked, occurrenceOf, operator } from '../lib/act';
import { action } from '../lib/context';

export const extendCommand = new Command('extend')
  .description('Đề nghị gia hạn nhiệm vụ')
  .argument('<task>', 'mã nhiệm vụ')
  .requiredOption('--to <date>', 'gia hạn đến ngày (YYYY-MM-DD)')
  .requiredOption('--reason <text>', 'lý do')
  .option('--agency <id>', 'thực hiện thay mặt đơn vị chủ trì (phải đúng đơn vị của nhiệm vụ)')
  .option('--occurrence <n>', 'lần đến hạn (0, 1, …; mặc định: lần sớm nhất còn mở)')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { to: string; reason: string; agency?: string; occurrence?: string; json?: boolean }) => {
      const by = opts.agency ? operator('agency', opts.agency) : operator('secretariat');
      const input = checked(RequestExtensionInput, { by, occurrence: occurrenceOf(opts), newDue: opts.to, reason: opts.reason.trim() }, { occurrence: '--occurrence', newDue: '--to', reason: '--reason' });
      await actOnTask(id, opts, () => ({ type: 'requestExtension', input }));
    }),
  );
