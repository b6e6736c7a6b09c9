/**
 * The `chidao` command. Each sub-command lives in cli/commands/<name>.ts and exports a commander Command;
 * this file only assembles them. Exit codes: 0 ok, 1 failure, 2 bad input, 3 not found, 4 refused.
 */
import { Command } from 'commander';
import { planCommand } from './commands/plan';

export function buildProgram(): Command {
  const program = new Command('chidao')
    .description('chidao — theo dõi, nhắc việc các nhiệm vụ trong văn bản chỉ đạo')
    .showHelpAfterError();
  // Sub-commands are added below, one line each.
  program.addCommand(planCommand);
  return program;
}

export function run(argv: string[]): void {
  buildProgram()
    .parseAsync(argv)
    .catch((err: unknown) => {
      console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = process.exitCode || 1;
    });
}

if (require.main === module) run(process.argv);
