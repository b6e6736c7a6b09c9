/**
 * Message definitions of the task and directive workflows. The client and the tests import these same
 * constants (as in samples-typescript message-passing/introduction).
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarSetup } from './calendar-port';
import type { EscalationPolicy } from '../calendar/types';
import type { Task } from '../directives/spec';
import type {
  AcknowledgeInput,
  CancelInput,
  CompleteInput,
  DecideExtensionInput,
  ReassignInput,
  ReportProgressInput,
  RequestExtensionInput,
  TaskView,
} from './types';
import type { AmendResult, DirectiveStatusView } from './directive-types';

// Task workflow: agency and supervisor actions are updates (validated, answered with the new view).
export const acknowledgeUpdate = defineUpdate<TaskView, [AcknowledgeInput]>('acknowledge');
export const reportProgressUpdate = defineUpdate<TaskView, [ReportProgressInput]>('reportProgress');
export const completeUpdate = defineUpdate<TaskView, [CompleteInput]>('complete');
export const requestExtensionUpdate = defineUpdate<TaskView, [RequestExtensionInput]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<TaskView, [DecideExtensionInput]>('decideExtension');
export const reassignUpdate = defineUpdate<TaskView, [ReassignInput]>('reassign');
export const cancelUpdate = defineUpdate<TaskView, [CancelInput]>('cancel');

export const taskViewQuery = defineQuery<TaskView>('taskView');

/** New holiday data and/or escalation policy: re-plan the sends not yet made. */
export interface ReplanInput {
  calendar?: CalendarSetup;
  policy?: EscalationPolicy;
  reason?: string;
}
export const replanSignal = defineSignal<[ReplanInput]>('replan');

/** From the directive workflow: the directive was cancelled, or amended so that this task ends. */
export const endTaskSignal = defineSignal<[CancelInput]>('endTask');

/** From the directive workflow: the task's text or deadlines were corrected. */
export interface AmendTaskInput {
  task: Task;
  coordinatorAgencyIds: string[];
}
export const amendTaskSignal = defineSignal<[AmendTaskInput]>('amendTask');

// Directive workflow.
/** From a task workflow the client started: it has closed. */
export const taskClosedSignal = defineSignal<[{ workflowId: string }]>('taskClosed');
export interface AmendInput {
  spec: import('../directives/spec').DirectiveSpec;
  by?: import('./types').Actor;
}
export const amendUpdate = defineUpdate<AmendResult, [AmendInput]>('amend');
export const cancelDirectiveUpdate = defineUpdate<DirectiveStatusView, [CancelInput]>('cancelDirective');
export const directiveViewQuery = defineQuery<DirectiveStatusView>('directiveView');
/** Forwarded to every open task (and used by workers when config/holidays changes). */
export const directiveReplanSignal = defineSignal<[ReplanInput]>('replanDirective');

// Digest workflow.
export const digestReplanSignal = defineSignal<[ReplanInput]>('replanDigest');
