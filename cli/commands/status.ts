/** `chidao status <id>`: a task with its history, or a directive with its tasks. */
import { Command } from 'commander';
import type { ChidaoClient } from '../../client/types';
import { action, withClient } from '../lib/context';
import { notFound, toCliError, EXIT } from '../lib/exit';
import { printJson } from '../lib/output';
import { taskDetail, taskTable } from '../lib/task-view';
import { specHeader } from '../lib/spec-table';

/** The task with this id, or null when the id is not a task's (unknown, or a directive's: "directive/…" without a task part). */
async function findTask(client: ChidaoClient, id: string) {
  try {
    return await client.status(id);
  } catch (err) {
    if (toCliError(err).exitCode === EXIT.notFound) return null;
    // A directive workflow answers no task query.
    if (/did not register a handler for taskView/i.test(String((err as Error)?.message))) return null;
    throw err;
  }
}

export const statusCommand = new Command('status')
  .description('Trạng thái một nhiệm vụ (kèm lịch sử) hoặc một văn bản (kèm các nhiệm vụ)')
  .argument('<id>', 'mã nhiệm vụ hoặc mã văn bản')
  .option('--json', 'in dạng JSON')
  .action(
    action(async (id: string, opts: { json?: boolean }) => {
      await withClient(async (client) => {
        const task = await findTask(client, id);
        if (task) {
          if (opts.json) printJson(task);
          else process.stdout.write(taskDetail(task));
          return;
        }
        let directive;
        try {
          directive = await client.directive(id);
        } catch (err) {
          if (toCliError(err).exitCode === EXIT.notFound) throw notFound(`Không tìm thấy nhiệm vụ hay văn bản "${id}"`);
          throw err;
        }
        if (opts.json) printJson(directive);
        else process.stdout.write(`${specHeader(directive.spec)}Mã văn bản: ${directive.directiveId}\n\n${taskTable(directive.tasks)}`);
      });
    }),
  );
