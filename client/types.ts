/**
 * The typed façade that api/ and cli/ share. client/index.ts implements it over one Temporal Client;
 * nothing else in api/ or cli/ talks to Temporal.
 */
import type { CivilDate } from '../calendar/types';
import type { DirectiveSpec } from '../directives/spec';
import type {
  AcknowledgeInput,
  CancelInput,
  CompleteInput,
  DecideExtensionInput,
  ReassignInput,
  ReportProgressInput,
  RequestExtensionInput,
  TaskStatus,
  TaskView,
} from '../workflows/types';

export interface RegisterOptions {
  /** The original text, kept with the directive for reviewers. */
  text?: string;
  /** Escalation policy id from config; the default policy otherwise. */
  policyId?: string;
}

export interface RegisterResult {
  directiveId: string;
  /** false when the same directive was already registered (nothing changed). */
  created: boolean;
  taskWorkflowIds: string[];
}

export type TaskAction =
  | { type: 'acknowledge'; input: AcknowledgeInput }
  | { type: 'reportProgress'; input: ReportProgressInput }
  | { type: 'complete'; input: CompleteInput }
  | { type: 'requestExtension'; input: RequestExtensionInput }
  | { type: 'decideExtension'; input: DecideExtensionInput }
  | { type: 'reassign'; input: ReassignInput }
  | { type: 'cancel'; input: CancelInput };

export interface TaskListFilter {
  agencyId?: string;
  directiveId?: string;
  status?: TaskStatus[];
  dueFrom?: CivilDate;
  dueTo?: CivilDate;
  overdue?: boolean;
  limit?: number;
}

/** One row of a visibility listing: what search attributes carry, no query round-trip. */
export interface TaskSummary {
  workflowId: string;
  directiveId: string;
  agencyIds: string[];
  status: TaskStatus;
  nextDue: CivilDate | null;
  overdue: boolean;
  running: boolean;
}

export interface DirectiveSummary {
  directiveId: string;
  number: string | null;
  type: string;
  subject: string | null;
  issuedOn: CivilDate | null;
  registeredAt: string;
  status: 'active' | 'cancelled' | 'completed';
  taskCount: number;
}

export interface DirectiveView extends DirectiveSummary {
  spec: DirectiveSpec;
  text: string | null;
  tasks: TaskSummary[];
}

export interface OverdueByAgency {
  agencyId: string;
  count: number;
  workflowIds: string[];
}

export interface ChidaoClient {
  register(spec: DirectiveSpec, options?: RegisterOptions): Promise<RegisterResult>;
  /** A corrected spec for an already registered directive: adds, changes or ends tasks. */
  amend(directiveId: string, spec: DirectiveSpec): Promise<RegisterResult>;
  cancelDirective(directiveId: string, input: CancelInput): Promise<void>;
  act(taskWorkflowId: string, action: TaskAction): Promise<TaskView>;
  status(taskWorkflowId: string): Promise<TaskView>;
  directive(directiveId: string): Promise<DirectiveView>;
  directives(filter?: { q?: string; limit?: number }): Promise<DirectiveSummary[]>;
  list(filter?: TaskListFilter): Promise<TaskSummary[]>;
  overdueByAgency(): Promise<OverdueByAgency[]>;
  close(): Promise<void>;
}
