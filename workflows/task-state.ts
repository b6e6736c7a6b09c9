/** The state a task run starts from: a first run's, built from its input, or the one the previous run hands over. */
import { isOpen } from './ladder';
import type { OccurrenceState, TaskInput, TaskState } from './task-types';

/** A first run's state, before registration draws its occurrences (TaskModel.register). */
export function initialTaskState(input: TaskInput): TaskState {
  return {
    run: 1,
    origin: input.options.timeOrigin ? Date.parse(input.options.timeOrigin) : Date.now(),
    agencyId: input.agencyId,
    agencyName: input.agencyName,
    coordinatorAgencyIds: input.coordinatorAgencyIds,
    task: input.task,
    calendar: input.calendar,
    policy: input.policy,
    occurrences: [],
    series: [],
    nextIndex: 0,
    archived: { closed: 0, missed: 0 },
    cancelled: null,
    history: [],
    reminders: [],
    historyDropped: 0,
  };
}

/** The state a new run starts from: open occurrences (the newest overdue ones), the last closed ones, recent history. */
export function handOver(state: TaskState, historyLimit: number): TaskState {
  const KEEP_CLOSED = 3;
  const KEEP_OVERDUE = 6;
  const byIndexDesc = [...state.occurrences].sort((a, b) => b.index - a.index);
  const closed = byIndexDesc.filter((o) => !isOpen(o));
  const openOverdueDone = byIndexDesc.filter((o) => isOpen(o) && o.overdue && o.plan.every((p) => o.done.includes(p.key)));
  const keep = new Set<OccurrenceState>([
    ...byIndexDesc.filter((o) => isOpen(o) && !openOverdueDone.includes(o)),
    ...openOverdueDone.slice(0, KEEP_OVERDUE),
    ...closed.slice(0, KEEP_CLOSED),
  ]);
  const dropped = state.history.length > historyLimit ? state.history.length - historyLimit : 0;
  return {
    ...state,
    occurrences: state.occurrences.filter((o) => keep.has(o)),
    archived: {
      closed: state.archived.closed + Math.max(0, closed.length - KEEP_CLOSED),
      missed: state.archived.missed + Math.max(0, openOverdueDone.length - KEEP_OVERDUE),
    },
    history: state.history.slice(dropped),
    reminders: state.reminders.slice(Math.max(0, state.reminders.length - historyLimit)),
    historyDropped: state.historyDropped + dropped,
  };
}
