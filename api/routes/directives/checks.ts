/**
 * Checks a reviewed spec must pass before anything is started, so that a registration is all or nothing:
 * at least one task, each with a lead agency the directory knows (the workflows chase agencies by id).
 */
import type { DirectiveSpec } from '../../../directives/spec';
import { ApiError } from '../../errors';

export function checkRegistrable(spec: DirectiveSpec, field = 'body.spec'): void {
  if (spec.tasks.length === 0) {
    throw new ApiError(422, 'no-tasks', `${field}.tasks`, 'Văn bản không có nhiệm vụ nào để theo dõi', 'The directive has no task to track');
  }
  const ids = new Set<string>();
  spec.tasks.forEach((task, i) => {
    if (ids.has(task.id)) {
      throw new ApiError(422, 'duplicate-task-id', `${field}.tasks.${i}.id`, `Mã nhiệm vụ "${task.id}" bị trùng`, `Task id "${task.id}" is used twice`);
    }
    ids.add(task.id);
    const leads = task.assignees.filter((a) => a.role === 'lead');
    if (leads.length === 0) {
      throw new ApiError(
        422,
        'task-without-lead',
        `${field}.tasks.${i}.assignees`,
        `Nhiệm vụ ${task.ref || task.id} chưa có đơn vị chủ trì`,
        `Task ${task.ref || task.id} has no lead agency`,
      );
    }
    const unresolved = leads.findIndex((a) => !a.agencyId);
    if (unresolved >= 0) {
      const a = task.assignees.indexOf(leads[unresolved]);
      throw new ApiError(
        422,
        'unknown-agency',
        `${field}.tasks.${i}.assignees.${a}.agencyId`,
        `Đơn vị chủ trì "${leads[unresolved].name}" của nhiệm vụ ${task.ref || task.id} chưa khớp với danh bạ (cần agencyId)`,
        `Lead agency "${leads[unresolved].name}" of task ${task.ref || task.id} is not in the directory (agencyId needed)`,
      );
    }
  });
}

/** A text the reader says is not a directive (or where it finds no task) is refused with the reason. */
export function checkIsDirective(spec: DirectiveSpec): void {
  const warning = spec.warnings.find((w) => w.code === 'not-a-directive');
  if (warning) {
    throw new ApiError(422, 'not-a-directive', 'body.text', `Văn bản không phải văn bản chỉ đạo: ${warning.message}`, `The text is not a directive: ${warning.message}`);
  }
  if (spec.tasks.length === 0) {
    throw new ApiError(422, 'not-a-directive', 'body.text', 'Văn bản không phải văn bản chỉ đạo: không tìm thấy nhiệm vụ nào được giao', 'The text is not a directive: no assigned task was found');
  }
}
