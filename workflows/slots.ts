/**
 * Which task workflows a directive has: one per (task, lead agency). Coordinating agencies get copies of
 * the reminders through the task, not obligations of their own. Pure; the client uses it too.
 */
import type { DirectiveSpec, Task } from '../directives/spec';
import { agencyKey, taskWorkflowId } from './ids';

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
