/** `chidao complete <task> --report <số văn bản>`: the agency reports completion. */
import { Command } from 'commander';
import { CompleteInput } from '../../workflows/types';
import { actOnTask, checked, occurrenceOf, operator } from '../lib/act';
import { action } from '../lib/context';

export const completeCommand = new Command('complete')
  .description('Báo cáo hoàn thành nhiệm vụ (kèm số văn bản báo cáo)')
  .argument('<task>', 'mã nhiệm vụ')
  .requiredOption('--report <number>', 'số văn bản báo cáo, ví dụ 15/BC-SLĐTBXH')
  .option('--note <text>', 'ghi chú', '')
  .option('--evidence <url>', 'đường dẫn tài liệu kèm theo')
  .option('--agency <id>', 'thực hiện thay mặt đơn vị chủ trì (phải đúng đơn vị của nhiệm vụ)')
  .option('--occurrence <n>', 'lần đến hạn (0, 1, …; mặc định: lần sớm nhất còn mở)')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { report: string; note: string; evidence?: string; agency?: string; occurrence?: string; json?: boolean }) => {
      const by = opts.agency ? operator('agency', opts.agency) : operator('secretariat');
      const input = checked(CompleteInput, { by, occurrence: occurrenceOf(opts), reportNumber: opts.report.trim(), note: opts.note, evidenceUrl: opts.evidence }, { occurrence: '--occurrence', reportNumber: '--report', note: '--note', evidenceUrl: '--evidence' });
      await actOnTask(id, opts, () => ({ type: 'complete', input }));
    }),
  );
