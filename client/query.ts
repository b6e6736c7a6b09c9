/** Visibility queries (Temporal's SQL-like list filter) over chidao's search attributes. */
import type { TaskListFilter } from './types';
import { SA_AGENCIES, SA_DIRECTIVE, SA_KIND, SA_NEXT_DUE, SA_OVERDUE, SA_STATUS } from '../workflows/search-attributes';

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The start (00:00 UTC+7) of a civil day, as the instant ChidaoNextDue holds. */
function dayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - 7 * 3_600_000).toISOString();
}

export function listQuery(filter: TaskListFilter): string {
  const parts = [`${SA_KIND.name} = "task"`];
  if (filter.agencyId) parts.push(`${SA_AGENCIES.name} = ${quote(filter.agencyId)}`);
  if (filter.directiveId) parts.push(`${SA_DIRECTIVE.name} = ${quote(filter.directiveId)}`);
  if (filter.status?.length) parts.push(`${SA_STATUS.name} IN (${filter.status.map(quote).join(', ')})`);
  if (filter.dueFrom) parts.push(`${SA_NEXT_DUE.name} >= ${quote(dayStart(filter.dueFrom))}`);
  if (filter.dueTo) parts.push(`${SA_NEXT_DUE.name} <= ${quote(dayStart(filter.dueTo))}`);
  if (filter.overdue !== undefined) parts.push(`${SA_OVERDUE.name} = ${filter.overdue}`);
  return parts.join(' AND ');
}
