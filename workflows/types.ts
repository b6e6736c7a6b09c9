/**
 * Values the task and directive workflows hold, accept and return. Shared with client/, api/ and cli/.
 * Action inputs are zod schemas so that the workflow validators, the API and the CLI check the same rules.
 */
import { z } from 'zod';
import { CivilDate, Instant, type Channel, type CivilDate as CivilDateT, type ClockTime } from '../calendar/types';

/** Statuses as the supervisors say them. */
export const TaskStatus = z.enum([
  'pending', // chờ xử lý
  'acknowledged', // đã nhận
  'in-progress', // đang thực hiện
  'overdue', // quá hạn
  'extension-requested', // chờ gia hạn
  'completed-on-time', // hoàn thành đúng hạn
  'completed-late', // hoàn thành trễ hạn
  'cancelled', // đã hủy
]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  pending: 'Chờ xử lý',
  acknowledged: 'Đã nhận',
  'in-progress': 'Đang thực hiện',
  overdue: 'Quá hạn',
  'extension-requested': 'Chờ gia hạn',
  'completed-on-time': 'Hoàn thành đúng hạn',
  'completed-late': 'Hoàn thành trễ hạn',
  cancelled: 'Đã hủy',
};

/** Who performs an action; recorded in the history. */
export const Actor = z.object({
  kind: z.enum(['agency', 'supervisor', 'secretariat', 'link', 'system']),
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

/** Which occurrence an action is for; defaults to the earliest open one. */
const OccurrenceRef = z.object({ occurrence: z.number().int().min(0).optional() });

export const AcknowledgeInput = OccurrenceRef.extend({ by: Actor });
export const ReportProgressInput = OccurrenceRef.extend({
  by: Actor,
  percent: z.number().int().min(0).max(100),
  note: z.string().max(2000).default(''),
});
export const CompleteInput = OccurrenceRef.extend({
  by: Actor,
  reportNumber: z.string().min(1, 'cần số văn bản báo cáo').max(100),
  note: z.string().max(2000).default(''),
  evidenceUrl: z.string().url().optional(),
});
export const RequestExtensionInput = OccurrenceRef.extend({
  by: Actor,
  newDue: CivilDate,
  reason: z.string().min(1, 'cần nêu lý do').max(2000),
});
export const DecideExtensionInput = OccurrenceRef.extend({
  by: Actor,
  approve: z.boolean(),
  /** A supervisor may approve a different day than the one asked for. */
  newDue: CivilDate.optional(),
  reason: z.string().max(2000).default(''),
});
export const ReassignInput = z.object({ by: Actor, agencyId: z.string().min(1), reason: z.string().max(2000).default('') });
export const CancelInput = z.object({ by: Actor, reason: z.string().min(1, 'cần nêu lý do').max(2000) });

export type AcknowledgeInput = z.input<typeof AcknowledgeInput>;
export type ReportProgressInput = z.input<typeof ReportProgressInput>;
export type CompleteInput = z.input<typeof CompleteInput>;
export type RequestExtensionInput = z.input<typeof RequestExtensionInput>;
export type DecideExtensionInput = z.input<typeof DecideExtensionInput>;
export type ReassignInput = z.input<typeof ReassignInput>;
export type CancelInput = z.input<typeof CancelInput>;

/** One line of a task's history: an action, a reminder sent or failed, a re-plan. */
export interface TaskEvent {
  at: Instant;
  type:
    | 'registered'
    | 'acknowledged'
    | 'progress'
    | 'completed'
    | 'extension-requested'
    | 'extension-approved'
    | 'extension-rejected'
    | 'reassigned'
    | 'cancelled'
    | 'overdue'
    | 'reminder-sent'
    | 'reminder-failed'
    | 'reminder-fallback'
    | 'reminder-withdrawn'
    | 'replanned'
    | 'amended';
  occurrence: number | null;
  actor: Actor | null;
  /** Vietnamese, for people. */
  summary: string;
  /** Structured details (percent, reportNumber, dedupeKey, channel, reason ...). */
  data?: Record<string, unknown>;
}

export interface ReminderRecord {
  dedupeKey: string;
  at: Instant;
  stepId: string;
  recipient: string;
  channel: Channel;
  status: 'sent' | 'failed' | 'fallback';
  messageId?: string;
  reason?: string;
}

export interface OccurrenceView {
  index: number;
  nominal: CivilDateT | null;
  due: CivilDateT | null;
  time: ClockTime | null;
  status: TaskStatus;
  percent: number;
  completedAt: Instant | null;
  reportNumber: string | null;
  extension: { requestedDue: CivilDateT; reason: string; at: Instant } | null;
  /** Planned sends not yet made. */
  upcoming: { at: Instant; stepId: string; kind: 'reminder' | 'late-notice' }[];
}

export interface TaskView {
  workflowId: string;
  directiveId: string;
  taskId: string;
  ref: string;
  text: string;
  phrase: string | null;
  agencyId: string;
  agencyName: string;
  coordinatorAgencyIds: string[];
  status: TaskStatus;
  nextDue: CivilDateT | null;
  overdue: boolean;
  occurrences: OccurrenceView[];
  history: TaskEvent[];
  reminders: ReminderRecord[];
  /** Runs of this workflow so far (continue-as-new hand-overs). */
  run: number;
}
