/**
 * What a spec needs before the CLI registers it — the same rule as the API's (api/routes/directives/checks.ts):
 * every task has a lead agency the directory knows, since the workflows chase agencies by id. A problem is
 * bad input (exit 2) naming the task; nothing is registered.
 */
import type { DirectiveSpec } from '../../directives/spec';
import { badInput } from './exit';

export function checkRegistrable(spec: DirectiveSpec, file: string): void {
  for (const task of spec.tasks) {
    const label = task.ref && task.ref !== '-' ? `${task.id} (${task.ref})` : task.id;
    const leads = task.assignees.filter((a) => a.role === 'lead');
    if (leads.length === 0) throw badInput(`${file}: nhiệm vụ ${label} chưa có đơn vị chủ trì; sửa văn bản hoặc đăng ký qua trang Đăng ký văn bản`);
    const unknown = leads.find((a) => !a.agencyId);
    if (unknown) throw badInput(`${file}: đơn vị chủ trì "${unknown.name}" của nhiệm vụ ${label} chưa có trong danh bạ (config/directory/agencies.yaml)`);
  }
}
