/** `chidao extend <task> --to <date> --reason <text>`: the agency asks for an extension. */
import { Command } from 'commander';
import { RequestExtensionInput } from '../../workflows/types';
import { actOnTask, checked, operator } from '../lib/act';
import { action } from '../lib/context';

export const extendCommand = new Command('extend')
  .description('Đề nghị gia hạn nhiệm vụ')
  .argument('<task>', 'mã nhiệm vụ')
  .requiredOption('--to <date>', 'gia hạn đến ngày (YYYY-MM-DD)')
  .requiredOption('--reason <text>', 'lý do')
  .option('--agency <id>', 'thực hiện thay mặt đơn vị chủ trì (phải đúng đơn vị của nhiệm vụ)')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { to: string; reason: string; agency?: string; json?: boolean }) => {
      const by = opts.agency ? operator('agency', opts.agency) : operator('secretariat');
      const input = checked(RequestExtensionInput, { by, newDue: opts.to, reason: opts.reason.trim() }, { newDue: '--to', reason: '--reason' });
      await actOnTask(id, opts, () => ({ type: 'requestExtension', input }));
    }),
  );
