/** `chidao ack <task>`: the agency acknowledges the task. */
import { Command } from 'commander';
import { AcknowledgeInput } from '../../workflows/types';
import { actOnTask, checked, occurrenceOf, operator } from '../lib/act';
import { action } from '../lib/context';

export const ackCommand = new Command('ack')
  .description('Xác nhận đơn vị đã nhận nhiệm vụ')
  .argument('<task>', 'mã nhiệm vụ')
  .option('--agency <id>', 'thực hiện thay mặt đơn vị chủ trì (phải đúng đơn vị của nhiệm vụ)')
  .option('--occurrence <n>', 'lần đến hạn (0, 1, …; mặc định: lần sớm nhất còn mở)')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { agency?: string; occurrence?: string; json?: boolean }) => {
      const by = opts.agency ? operator('agency', opts.agency) : operator('secretariat');
      await actOnTask(id, opts, () => ({ type: 'acknowledge', input: checked(AcknowledgeInput, { by, occurrence: occurrenceOf(opts) }, { occurrence: '--occurrence' }) }));
    }),
  );
