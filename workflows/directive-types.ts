/** The directive workflow's input and what it answers. */
import type { CalendarSetup } from './calendar-port';
import type { EscalationPolicy, Instant } from '../calendar/types';
import type { DirectiveSpec } from '../directives/spec';
import type { TaskOptions } from './task-types';

export interface DirectiveInput {
  directiveId: string;
  spec: DirectiveSpec;
  text: string | null;
  calendar: CalendarSetup;
  policy: EscalationPolicy;
  options: TaskOptions;
  /** Task queue of the task workflows; the directive's own when absent. */
  taskQueue?: string;
  /**
   * The client starts the spec's task workflows itself, right after this one, and each tells the directive when
   * it closes (taskClosed signal). Absent in inputs from before: the directive starts them as children.
   */
  tasksStartedByClient?: boolean;
}

export interface DirectiveTaskRef {
  workflowId: string;
  taskId: string;
  agencyId: string;
  /** 'open' until the task workflow closes; 'ended' when an amendment removed it. */
  state: 'open' | 'closed' | 'ended';
}

export interface DirectiveStatusView {
  directiveId: string;
  spec: DirectiveSpec;
  text: string | null;
  registeredAt: Instant;
  status: 'active' | 'cancelled' | 'completed';
  tasks: DirectiveTaskRef[];
  amendments: number;
}

export interface AmendResult {
  added: string[];
  changed: string[];
  ended: string[];
  unchanged: string[];
}
