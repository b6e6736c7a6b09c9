/**
 * The `chidao` command. Each sub-command lives in cli/commands/<name>.ts and exports a commander Command;
 * this file only assembles them. Exit codes: 0 ok, 1 failure, 2 bad input, 3 not found, 4 refused.
 * The CLI talks to Temporal through client/ (TEMPORAL_ADDRESS), not through the API.
 */
import { Command, CommanderError } from 'commander';
import { ackCommand } from './commands/ack';
import { approveCommand } from './commands/approve';
import { completeCommand } from './commands/complete';
import { exportCommand } from './commands/export';
import { extendCommand } from './commands/extend';
import { overdueCommand } from './commands/overdue';
import { parseCommand } from './commands/parse';
import { planCommand } from './commands/plan';
import { registerCommand } from './commands/register';
import { statusCommand } from './commands/status';
import { tasksCommand } from './commands/tasks';
import { EXIT } from './lib/exit';

export function buildProgram(): Command {
  const program = new Command('chidao')
    .description('chidao — theo dõi, nhắc việc các nhiệm vụ trong văn bản chỉ đạo')
    .showHelpAfterError();
  // Sub-commands are added below, one line each.
  program.addCommand(parseCommand);
  program.addCommand(planCommand);
  program.addCommand(registerCommand);
  program.addCommand(statusCommand);
  program.addCommand(tasksCommand);
  program.addCommand(overdueCommand);
  program.addCommand(ackCommand);
  program.addCommand(completeCommand);
  program.addCommand(extendCommand);
  program.addCommand(approveCommand);
  program.addCommand(exportCommand);
  // Usage errors (unknown option, missing argument) are bad input: exit 2, not commander's 1.
  for (const cmd of [program, ...program.commands]) cmd.exitOverride();
  return program;
}

export function run(argv: string[]): void {
  buildProgram()
    .parseAsync(argv)
    .catch((err: unknown) => {
      if (err instanceof CommanderError) {
        // commander has printed its message already.
        const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
        process.exitCode = ok ? EXIT.ok : EXIT.badInput;
        return;
      }
      console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = process.exitCode || EXIT.failure;
    });
}

if (require.main === module) run(process.argv);
