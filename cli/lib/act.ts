/**
 * Shared by ack / complete / extend / approve: who acts (the operator, or `--agency <id>` acting for the
 * task's own agency), the input checked with the workflow's own zod schema before anything is sent, then
 * the update through client/; the workflow's validator may still refuse (exit 4).
 */
import { userInfo } from 'node:os';
import type { z } from 'zod';
import type { TaskAction } from '../../client/types';
import type { Actor } from '../../workflows/types';
import { withClient } from './context';
import { badInput, refused } from './exit';
import { printJson, statusVi, dateVi } from './output';

export function operator(kind: Actor['kind'], id?: string): Actor {
  const user = (() => {
    try {
      return userInfo().username;
    } catch {
      return 'cli';
    }
  })();
  return { kind, id: id || process.env.CHIDAO_USER || user };
}

/** `--occurrence n` as a number (the schema checks it is a whole number ≥ 0); absent: the earliest open one. */
export function occurrenceOf(opts: { occurrence?: string }): number | undefined {
  if (opts.occurrence === undefined) return undefined;
  const n = Number(opts.occurrence);
  if (opts.occurrence.trim() === '' || Number.isNaN(n)) throw badInput(`--occurrence: phải là số, nhận được "${opts.occurrence}"`);
  return n;
}

/** Parses `input` with `schema` (the workflow's action schema); a problem is bad input naming the option. */
export function checked<S extends z.ZodType>(schema: S, input: unknown, optionOf: Record<string, string>): z.input<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const option = optionOf[key] ?? key;
    const message = /^(Invalid|Too|Expected)/.test(issue.message) ? (issue.code === 'invalid_type' ? 'bắt buộc' : 'không hợp lệ') : issue.message;
    throw badInput(`${option}: ${message}`);
  }
  return input as z.input<S>;
}

export async function actOnTask(id: string, opts: { agency?: string; json?: boolean }, build: () => TaskAction): Promise<void> {
  const act = build();
  const view = await withClient(async (client) => {
    const task = await client.status(id);
    if (opts.agency && task.agencyId !== opts.agency) {
      throw refused(`Nhiệm vụ "${id}" do ${task.agencyId} chủ trì, không phải ${opts.agency}`);
    }
    return client.act(id, act);
  });
  if (opts.json) printJson(view);
  else process.stdout.write(`✓ ${view.ref || view.taskId} (${view.agencyName}): ${statusVi(view.status)}, hạn ${dateVi(view.nextDue)}\n`);
}
