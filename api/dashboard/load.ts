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
