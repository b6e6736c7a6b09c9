/**
 * Which task workflows a directive has: one per (task, lead agency). Coordinating agencies get copies of
 * the reminders through the task, not obligations of their own. Pure; the client uses it too.
 */
import type { EscalationPolicy } from '../calendar/types';
import type { DirectiveSpec, Task } from '../directives/spec';
import type { CalendarSetup } from './calendar-port';
import { agencyKey, taskWorkflowId } from './ids';
import type { DirectiveRef, TaskInput, TaskOptions } from './task-types';

export interface TaskSlot {
  workflowId: string;
  task: Task;
  agencyId: string;
  agencyName: string;
  coordinatorAgencyIds: string[];
}

export function taskSlots(directiveId: string, spec: DirectiveSpec): TaskSlot[] {
  const slots: TaskSlot[] = [];
  const seen = new Set<string>();
  for (const task of spec.tasks) {
    const leads = task.assignees.filter((a) => a.role === 'lead');
    const coordinators = [...new Set(task.assignees.filter((a) => a.role === 'coordinate').map(agencyKey))];
    for (const lead of leads) {
      const agencyId = agencyKey(lead);
      const workflowId = taskWorkflowId(directiveId, task.id, agencyId);
      if (seen.has(workflowId)) continue;
      seen.add(workflowId);
      slots.push({ workflowId, task, agencyId, agencyName: lead.name, coordinatorAgencyIds: coordinators.filter((c) => c !== agencyId) });
    }
  }
  return slots;
}

/** What every reminder of the directive's tasks says about it. */
export function directiveRefOf(directiveId: string, spec: DirectiveSpec): DirectiveRef {
  const doc = spec.document;
  return { id: directiveId, number: doc.number, type: doc.type, issuedOn: doc.issuedOn, subject: doc.subject };
}

/** The input of a slot's task workflow, whether the client starts it (registration) or the directive (amendment). */
export function taskInputOf(
  slot: TaskSlot,
  directive: DirectiveRef,
  setup: { calendar: CalendarSetup; policy: EscalationPolicy; options: TaskOptions },
  extra: Pick<TaskInput, 'registeredAt' | 'reportTo'>,
): TaskInput {
  return {
    directive,
    task: slot.task,
    agencyId: slot.agencyId,
    agencyName: slot.agencyName,
    coordinatorAgencyIds: slot.coordinatorAgencyIds,
    calendar: setup.calendar,
    policy: setup.policy,
    options: setup.options,
    ...extra,
  };
}
