/**
 * Custom search attributes chidao upserts on every status change, so supervisors' questions
 * ("quá hạn theo đơn vị", "đến hạn trong 7 ngày tới", "theo văn bản") are visibility queries.
 * `npm start` and the test harness register exactly this list.
 */
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';
import { localDayStart } from './ladder';
import type { TaskView } from './types';

export const SA_KIND = defineSearchAttributeKey('ChidaoKind', SearchAttributeType.KEYWORD); // 'directive' | 'task' | 'digest'
export const SA_DIRECTIVE = defineSearchAttributeKey('ChidaoDirective', SearchAttributeType.KEYWORD);
export const SA_AGENCIES = defineSearchAttributeKey('ChidaoAgencies', SearchAttributeType.KEYWORD_LIST);
export const SA_STATUS = defineSearchAttributeKey('ChidaoStatus', SearchAttributeType.KEYWORD);
export const SA_NEXT_DUE = defineSearchAttributeKey('ChidaoNextDue', SearchAttributeType.DATETIME);
export const SA_OVERDUE = defineSearchAttributeKey('ChidaoOverdue', SearchAttributeType.BOOL);

export const SEARCH_ATTRIBUTES = [SA_KIND, SA_DIRECTIVE, SA_AGENCIES, SA_STATUS, SA_NEXT_DUE, SA_OVERDUE] as const;

/** A task's attributes, from its view alone: the lead agency, the status, 00:00 local of the next due day, overdue. */
export function taskSearchAttributes(view: TaskView): SearchAttributeUpdatePair[] {
  return [
    { key: SA_KIND, value: 'task' },
    { key: SA_DIRECTIVE, value: view.directiveId },
    { key: SA_AGENCIES, value: [view.agencyId] },
    { key: SA_STATUS, value: view.status },
    { key: SA_NEXT_DUE, value: view.nextDue ? new Date(localDayStart(view.nextDue)) : null },
    { key: SA_OVERDUE, value: view.overdue },
  ];
}

/** Equal for attributes that need no upsert between them (a Date compares by its instant). */
export function searchAttributesKey(pairs: SearchAttributeUpdatePair[]): string {
  return JSON.stringify(pairs.map((p) => [p.key.name, p.value]));
}
