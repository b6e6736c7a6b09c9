/**
 * Custom search attributes chidao upserts on every status change, so supervisors' questions
 * ("quá hạn theo đơn vị", "đến hạn trong 7 ngày tới", "theo văn bản") are visibility queries.
 * `npm start` and the test harness register exactly this list.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SA_KIND = defineSearchAttributeKey('ChidaoKind', SearchAttributeType.KEYWORD); // 'directive' | 'task' | 'digest'
export const SA_DIRECTIVE = defineSearchAttributeKey('ChidaoDirective', SearchAttributeType.KEYWORD);
export const SA_AGENCIES = defineSearchAttributeKey('ChidaoAgencies', SearchAttributeType.KEYWORD_LIST);
export const SA_STATUS = defineSearchAttributeKey('ChidaoStatus', SearchAttributeType.KEYWORD);
export const SA_NEXT_DUE = defineSearchAttributeKey('ChidaoNextDue', SearchAttributeType.DATETIME);
export const SA_OVERDUE = defineSearchAttributeKey('ChidaoOverdue', SearchAttributeType.BOOL);

export const SEARCH_ATTRIBUTES = [SA_KIND, SA_DIRECTIVE, SA_AGENCIES, SA_STATUS, SA_NEXT_DUE, SA_OVERDUE] as const;
