/** Seed 003 (UBND huyện Lục Nam, 2015) and a few communes of Lục Nam as the agencies of the browser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SEEDS = path.join(__dirname, '..', 'fixtures', 'seeds');

export const SEED_003 = path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('003_'))!);
/** Seed 002 (Kon Tum): the reader warns about it (no number and date printed, an item without assignee). */
export const SEED_002 = path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('002_'))!);
export const seed003Text = (): string => readFileSync(SEED_003, 'utf8');

export const COMMUNES: Record<string, string> = {
  'ubnd-xa-bao-son': 'UBND xã Bảo Sơn',
  'ubnd-xa-cam-ly': 'UBND xã Cẩm Lý',
  'ubnd-xa-lan-mau': 'UBND xã Lan Mẫu',
};

export const communeName = (id: string): string => COMMUNES[id] ?? id;

/** Polls until check() holds (visibility is eventually consistent), reloading the page between tries. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Registers seed 003 through the client with the lead agency of some items set ({ '7': 'ubnd-xa-bao-son' }),
 * as a reviewer would, and returns the task workflow id of each of those items.
 */
export async function registerSeed003(
  client: import('../../client/types').ChidaoClient,
  read: (text: string) => import('../../directives/spec').DirectiveSpec,
  leads: Record<string, string>,
): Promise<{ directiveId: string; taskOf: Record<string, string> }> {
  const text = seed003Text();
  const spec = read(text);
  for (const task of spec.tasks) {
    const agencyId = leads[task.ref];
    if (agencyId) task.assignees = [{ name: communeName(agencyId), agencyId, role: 'lead', group: false }];
  }
  const result = await client.register(spec, { text });
  const taskOf: Record<string, string> = {};
  for (const [ref, agencyId] of Object.entries(leads)) {
    const task = spec.tasks.find((t) => t.ref === ref)!;
    taskOf[ref] = result.taskWorkflowIds.find((id) => id.endsWith(`/${task.id}/${agencyId}`))!;
  }
  // The directive workflow starts its tasks after register() returns: wait until each answers.
  for (const id of Object.values(taskOf)) {
    await eventually(() => client.status(id).then(() => true, () => false), `task ${id} started`);
  }
  return { directiveId: result.directiveId, taskOf };
}
