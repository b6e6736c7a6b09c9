/**
 * What an amendment does to a directive's task workflows, decided from what the directive tracks and the amended
 * spec's slots alone: gone → ended, new → started, changed → amended, the rest unchanged. Pure; directive.ts
 * carries the steps out, in their order (the order of its commands, which replay checks).
 */
import type { AmendResult, DirectiveTaskRef } from './directive-types';
import { canonicalJson } from './ids';
import type { TaskSlot } from './slots';

/** A task the directive tracks, with the content its workflow was started or last amended with. */
export type TrackedTask = DirectiveTaskRef & { content: string };

export type SlotStep =
  /** A task the amended spec no longer has; `signal` when it is still open (it is told to end). */
  | { kind: 'end'; workflowId: string; signal: boolean }
  | { kind: 'start'; slot: TaskSlot }
  /** A task whose content changed; `signal` when it is still open (it is sent the new content). */
  | { kind: 'amend'; slot: TaskSlot; content: string; signal: boolean };

/** What a task workflow is given that an amendment can change: the task and its coordinators. */
export function slotContent(slot: TaskSlot): string {
  return canonicalJson({ task: slot.task, coordinators: slot.coordinatorAgencyIds });
}

/** Ends first (in tracking order), then the slots in the spec's order; an ended task id is not reused. */
export function diffSlots(tracked: ReadonlyMap<string, TrackedTask>, slots: TaskSlot[]): { steps: SlotStep[]; result: AmendResult } {
  const wanted = new Set(slots.map((s) => s.workflowId));
  const steps: SlotStep[] = [];
  const result: AmendResult = { added: [], changed: [], ended: [], unchanged: [] };
  for (const t of tracked.values()) {
    if (wanted.has(t.workflowId) || t.state === 'ended') continue;
    steps.push({ kind: 'end', workflowId: t.workflowId, signal: t.state === 'open' });
    result.ended.push(t.workflowId);
  }
  for (const slot of slots) {
    const existing = tracked.get(slot.workflowId);
    const content = slotContent(slot);
    if (existing?.state === 'ended') result.unchanged.push(slot.workflowId); // REJECT_DUPLICATE: not started again
    else if (!existing) {
      steps.push({ kind: 'start', slot });
      result.added.push(slot.workflowId);
    } else if (existing.content !== content) {
      steps.push({ kind: 'amend', slot, content, signal: existing.state === 'open' });
      result.changed.push(slot.workflowId);
    } else result.unchanged.push(slot.workflowId);
  }
  return { steps, result };
}
