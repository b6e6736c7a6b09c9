/**
 * The overview's numbers, as plain functions over what the client returns, so that each can be
 * tested on its own: overdue by agency, due soon, on-time rate by agency over a period, latest actions.
 */
import type { CivilDate } from '../../calendar/types';
import type { OverdueByAgency, TaskSummary } from '../../client/types';
import type { TaskEvent, TaskView } from '../../workflows/types';

const CLOSED = new Set(['completed-on-time', 'completed-late', 'cancelled']);

export interface AgencyCount {
  agencyId: string;
  count: number;
}

/** Overdue counts, largest first, ties by id; agencies with none are left out. */
export function overdueRanking(rows: OverdueByAgency[]): AgencyCount[] {
  return rows
    .filter((r) => r.count > 0)
    .map((r) => ({ agencyId: r.agencyId, count: r.count }))
    .sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));
}

/** Open tasks whose next due day is within [today, today + days]. */
export function dueWithin(tasks: TaskSummary[], today: CivilDate, until: CivilDate): TaskSummary[] {
  return tasks.filter((t) => !CLOSED.has(t.status) && t.nextDue !== null && t.nextDue >= today && t.nextDue <= until);
}

export interface OnTimeRow {
  agencyId: string;
  agencyName: string;
  /** Occurrences due in the period that are settled: completed, or overdue and not completed. */
  counted: number;
  onTime: number;
  late: number;
  /** Overdue and still open. */
  open: number;
}

/**
 * On-time completion by lead agency for occurrences due in [from, to]. An occurrence counts once
 * it is settled: completed (on time or late) or past its due day without completion. Occurrences
 * not yet due and cancelled ones do not count.
 */
export function onTimeByAgency(views: TaskView[], from: CivilDate, to: CivilDate, today: CivilDate): OnTimeRow[] {
  const rows = new Map<string, OnTimeRow>();
  for (const view of views) {
    for (const occ of view.occurrences) {
      if (!occ.due || occ.due < from || occ.due > to || occ.status === 'cancelled') continue;
      const onTime = occ.status === 'completed-on-time';
      const late = occ.status === 'completed-late';
      const open = !onTime && !late && (occ.status === 'overdue' || occ.due < today);
      if (!onTime && !late && !open) continue;
      const row = rows.get(view.agencyId) ?? {
        agencyId: view.agencyId,
        agencyName: view.agencyName,
        counted: 0,
        onTime: 0,
        late: 0,
        open: 0,
      };
      row.counted += 1;
      if (onTime) row.onTime += 1;
      if (late) row.late += 1;
      if (open) row.open += 1;
      rows.set(view.agencyId, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.onTime / a.counted - b.onTime / b.counted || a.agencyName.localeCompare(b.agencyName));
}

const ACTION_TYPES = new Set<TaskEvent['type']>([
  'acknowledged',
  'progress',
  'completed',
  'extension-requested',
  'extension-approved',
  'extension-rejected',
  'reassigned',
  'cancelled',
]);

export interface ActionRow {
  event: TaskEvent;
  workflowId: string;
  taskText: string;
  agencyName: string;
}

/** The latest actions by people across tasks, newest first (reminders and system notes left out). */
export function latestActions(views: TaskView[], limit: number): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const view of views) {
    for (const event of view.history) {
      if (!ACTION_TYPES.has(event.type)) continue;
      // Each task's registration is the system's echo of one act by the secretariat: left out.
      if (event.type === 'registered') continue;
      rows.push({ event, workflowId: view.workflowId, taskText: view.text, agencyName: view.agencyName });
    }
  }
  return rows.sort((a, b) => (a.event.at < b.event.at ? 1 : a.event.at > b.event.at ? -1 : 0)).slice(0, limit);
}
