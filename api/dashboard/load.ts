/**
 * Full task views for a listing. Visibility gives summaries; the pages also want text, agency
 * names, occurrences and history, which only the task's query has. Queries run a few at a time,
 * and a task whose query fails (a workflow just closed and archived ...) is left out, not fatal.
 */
import type { ChidaoClient, TaskSummary } from '../../client/types';
import type { TaskView } from '../../workflows/types';

export async function loadViews(client: ChidaoClient, summaries: TaskSummary[], concurrency = 8): Promise<TaskView[]> {
  const out: (TaskView | null)[] = new Array(summaries.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < summaries.length) {
      const i = next++;
      try {
        out[i] = await client.status(summaries[i]!.workflowId);
      } catch {
        out[i] = null;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, summaries.length) }, worker));
  return out.filter((v): v is TaskView => v !== null);
}

/** Directive id → a short label people recognise ("Công văn 279/UBND-LĐT BXH"). */
export async function directiveLabels(client: ChidaoClient): Promise<Map<string, string>> {
  try {
    const rows = await client.directives({ limit: 1000 });
    return new Map(rows.map((d) => [d.directiveId, `${d.type} ${d.number ?? '(chưa có số)'}`]));
  } catch {
    return new Map();
  }
}

/**
 * Calls fn until it succeeds or `withinMs` has passed. Right after a registration the directive's
 * task workflows may not all exist yet, so reading the directive fails for a moment.
 */
export async function retrying<T>(fn: () => Promise<T>, withinMs: number, stepMs = 500): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() + stepMs > until) throw err;
      await new Promise((r) => setTimeout(r, stepMs));
    }
  }
}
