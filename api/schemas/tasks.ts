/**
 * Task schemas: the list filter, the action bodies (the workflow's own zod inputs minus `by`, which the API
 * fills from the caller's token), and the views returned.
 */
import { z } from 'zod';
import { Channel, CivilDate, ClockTime } from '../../calendar/types';
import {
  AcknowledgeInput,
  Actor,
  CompleteInput,
  DecideExtensionInput,
  ReportProgressInput,
  RequestExtensionInput,
  TaskStatus,
} from '../../workflows/types';
import { Limit, QueryBoolean } from './common';

export const TaskListQuery = z.object({
  agency: z.string().min(1).max(100).optional(),
  directive: z.string().min(1).max(300).optional(),
  /** One status or several, comma-separated: "overdue,pending". */
  status: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(TaskStatus).min(1))
    .optional(),
  dueFrom: CivilDate.optional(),
  dueTo: CivilDate.optional(),
  overdue: QueryBoolean.optional(),
  limit: Limit.default(200),
});
export type TaskListQuery = z.output<typeof TaskListQuery>;

export const AcknowledgeBody = AcknowledgeInput.omit({ by: true }).strict();
export const ProgressBody = ReportProgressInput.omit({ by: true }).strict();
export const CompleteBody = CompleteInput.omit({ by: true }).strict();
export const ExtensionRequestBody = RequestExtensionInput.omit({ by: true }).strict();
export const ExtensionDecisionBody = DecideExtensionInput.omit({ by: true }).strict();

export const TaskSummarySchema = z.object({
  workflowId: z.string(),
  directiveId: z.string(),
  agencyIds: z.array(z.string()),
  status: TaskStatus,
  statusLabel: z.string(),
  nextDue: CivilDate.nullable(),
  overdue: z.boolean(),
  running: z.boolean(),
});

const TaskEventSchema = z.object({
  at: z.string(),
  type: z.string(),
  occurrence: z.number().nullable(),
  actor: Actor.nullable(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});

const ReminderRecordSchema = z.object({
  dedupeKey: z.string(),
  at: z.string(),
  stepId: z.string(),
  recipient: z.string(),
  channel: Channel,
  status: z.enum(['sent', 'failed', 'fallback']),
  messageId: z.string().optional(),
  reason: z.string().optional(),
});

const OccurrenceSchema = z.object({
  index: z.number(),
  nominal: CivilDate.nullable(),
  due: CivilDate.nullable(),
  time: ClockTime.nullable(),
  status: TaskStatus,
  percent: z.number(),
  completedAt: z.string().nullable(),
  reportNumber: z.string().nullable(),
  extension: z.object({ requestedDue: CivilDate, reason: z.string(), at: z.string() }).nullable(),
  upcoming: z.array(z.object({ at: z.string(), stepId: z.string(), kind: z.enum(['reminder', 'late-notice']) })),
});

export const TaskViewSchema = z.object({
  workflowId: z.string(),
  directiveId: z.string(),
  taskId: z.string(),
  ref: z.string(),
  text: z.string(),
  phrase: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  coordinatorAgencyIds: z.array(z.string()),
  status: TaskStatus,
  statusLabel: z.string(),
  nextDue: CivilDate.nullable(),
  overdue: z.boolean(),
  occurrences: z.array(OccurrenceSchema),
  history: z.array(TaskEventSchema),
  reminders: z.array(ReminderRecordSchema),
  run: z.number(),
});

export const OverdueByAgencySchema = z.object({
  agencyId: z.string(),
  count: z.number().int(),
  workflowIds: z.array(z.string()),
});
