/**
 * The task workflow's input and the state it hands to its next run (continue-as-new).
 * Plain JSON values only: they live in workflow history.
 */
import type { Duration } from '@temporalio/common';
import type { CalendarSetup } from './calendar-port';
import type { CivilDate, ClockTime, EscalationPolicy, Instant, PlannedSend, RecurrenceRule } from '../calendar/types';
import type { Task } from '../directives/spec';
import type { Actor, ReminderRecord, TaskEvent } from './types';

/** What a reminder says about the directive; copied into every ReminderMessage. */
export interface DirectiveRef {
  id: string;
  number: string | null;
  type: string;
  issuedOn: CivilDate | null;
  subject: string | null;
}

export interface TaskOptions {
  /** Working days a "khẩn trương" task with no date gets, counted from registration (DESIGN.md). */
  urgentWorkingDays: number;
  /**
   * How an ongoing task with no date ("tiếp tục ...") is checked: through the periodic reports
   * (DESIGN.md), i.e. this rule; null = tracked with no due date and no reminders.
   */
  ongoingRule: RecurrenceRule | null;
  /** A recurring series continues as new after this many occurrences closed in one run. */
  occurrencesPerRun: number;
  /** Events and reminder records carried over a continue-as-new (the newest are kept). */
  historyLimit: number;
  /** Start-to-close timeout of one send (email or Zalo). */
  sendTimeout: Duration;
  /**
   * Planned instants are reached this many times faster than real time, counted from the first run's
   * start. 1 in production; the dev-server tests and the demo compress a working-day ladder into seconds.
   */
  timeScale: number;
  /** Where scaled time meets real time; the first run's start when absent. Benches give many tasks one origin. */
  timeOrigin?: Instant;
  /**
   * A policy sends at a minute (sendAt "08:00"), so every task due the same day would wake at the same instant.
   * Each send goes out at a fixed second of its minute instead, derived from the task and the send's key: the
   * plan's minute holds and a thousand tasks are spread over it. 0 (and inputs from before this option) = on the
   * minute.
   */
  sendSpreadSeconds?: number;
  /**
   * Recipients of a send are looked up this many minutes before it, so that at the instant only the send itself
   * remains. 0 (and inputs from before this option) = looked up at the instant.
   */
  prepareMinutesAhead?: number;
}

export const DEFAULT_TASK_OPTIONS: TaskOptions = {
  urgentWorkingDays: 10,
  ongoingRule: { freq: 'reporting', periods: ['semiannual', 'annual'] },
  occurrencesPerRun: 6,
  historyLimit: 200,
  sendTimeout: '1 minute',
  timeScale: 1,
  sendSpreadSeconds: 60,
  prepareMinutesAhead: 15,
};

export interface TaskInput {
  directive: DirectiveRef;
  task: Task;
  agencyId: string;
  agencyName: string;
  coordinatorAgencyIds: string[];
  calendar: CalendarSetup;
  policy: EscalationPolicy;
  /**
   * When the directive was registered. Given by the directive workflow for the tasks it starts (amendments, and
   * every task of directives registered before the client started them); otherwise the first run's start.
   */
  registeredAt?: Instant;
  /** The directive workflow to tell (taskClosed signal) when this task closes; absent for the directive's children. */
  reportTo?: string;
  options: TaskOptions;
  /** Set by continue-as-new only. */
  state?: TaskState;
}

export interface OccurrenceState {
  index: number;
  nominal: CivilDate | null;
  due: CivilDate | null;
  time: ClockTime | null;
  /** The deadline phrase this occurrence comes from. */
  phrase: string | null;
  /** Which deadline of the task (index in task.deadlines), or -1 for a default period. */
  deadline: number;
  /** Plan revision: bumped when an approved extension moves the due day (new keys, new ladder). */
  rev: number;
  /** The instant the current revision was planned from (registration, or the extension's approval). */
  plannedFrom: Instant;
  progress: 'pending' | 'acknowledged' | 'in-progress';
  percent: number;
  overdue: boolean;
  closed: 'completed-on-time' | 'completed-late' | 'cancelled' | null;
  completedAt: Instant | null;
  reportNumber: string | null;
  extension: { requestedDue: CivilDate; reason: string; at: Instant; by: Actor } | null;
  plan: PlannedSend[];
  /** Keys of plan entries already carried out (all recipients attempted). */
  done: string[];
}

export interface SeriesState {
  deadline: number;
  rule: RecurrenceRule;
  time: ClockTime | null;
  phrase: string | null;
  /** Occurrences are drawn from the calendar after this day. */
  after: CivilDate;
}

export interface TaskState {
  run: number;
  /** Real-time origin of the time scale (first run's start). */
  origin: number;
  agencyId: string;
  agencyName: string;
  coordinatorAgencyIds: string[];
  task: Task;
  calendar: CalendarSetup;
  policy: EscalationPolicy;
  occurrences: OccurrenceState[];
  series: SeriesState[];
  nextIndex: number;
  /** Occurrences dropped from the carried state (closed long ago, or overdue and superseded). */
  archived: { closed: number; missed: number };
  cancelled: { at: Instant; by: Actor; reason: string } | null;
  history: TaskEvent[];
  reminders: ReminderRecord[];
  /** Events dropped from history over the hand-overs. */
  historyDropped: number;
}

/** What a task workflow returns when it closes. */
export interface TaskResult {
  status: string;
  occurrences: number;
  run: number;
}
