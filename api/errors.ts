/**
 * The API's one error shape, `{ error: { code, field, message_vi, message_en } }`, and the translation of
 * zod issues into it. Routes throw ApiError; app.ts's error handler turns everything else into one.
 */
import { z } from 'zod';

export interface ErrorBody {
  error: { code: string; field: string | null; message_vi: string; message_en: string };
}

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    field: z.string().nullable(),
    message_vi: z.string(),
    message_en: z.string(),
  }),
});

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly field: string | null,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    return { error: { code: this.code, field: this.field, message_vi: this.messageVi, message_en: this.messageEn } };
  }
}

export const notFound = (field: string, what: { vi: string; en: string }, id: string) =>
  new ApiError(404, 'not-found', field, `Không tìm thấy ${what.vi} "${id}"`, `No ${what.en} "${id}"`);

export const forbidden = (vi: string, en: string) => new ApiError(403, 'forbidden', null, vi, en);

/** Dotted path as the client wrote it: "body.tasks.0.text"; a bare "body" when the body itself is wrong. */
export function fieldPath(where: string, path: ReadonlyArray<PropertyKey>): string {
  return [where, ...path.map(String)].join('.');
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  null: 'null',
};

interface IssueLike {
  code: string;
  message: string;
  path?: ReadonlyArray<PropertyKey>;
  expected?: string;
  received?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: unknown[];
  keys?: string[];
}

const english = z.locales.en().localeError;

/** The English message zod would give this issue by default; a different message is the schema's own (Vietnamese). */
function defaultEnglish(issue: IssueLike): string {
  const out = english(issue as never);
  return typeof out === 'string' ? out : (out?.message ?? '');
}

/**
 * Bilingual text for one zod issue. Messages written in our schemas ("cần số văn bản báo cáo") are Vietnamese
 * and used as they are; zod's default messages are replaced by clearer ones in both languages.
 */
export function describeIssue(issue: IssueLike, field: string): { vi: string; en: string } {
  const fallbackEn = defaultEnglish(issue);
  const zodDefault = /^(Invalid|Too (big|small)|Unrecognized|Expected)\b/.test(issue.message ?? '');
  const custom = issue.message && issue.message !== fallbackEn && !zodDefault ? issue.message : null;
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message || fallbackEn);
  let vi: string;
  let en: string;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) {
        vi = `thiếu trường bắt buộc "${field}"`;
        en = `"${field}" is required`;
      } else {
        vi = `"${field}" phải là ${TYPE_VI[issue.expected ?? ''] ?? issue.expected}`;
        const expected = issue.expected === 'int' ? 'integer' : String(issue.expected);
        en = `"${field}" must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
      }
      break;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        vi = `"${field}" không được để trống`;
        en = `"${field}" must not be empty`;
      } else if (issue.origin === 'string' || issue.origin === 'array') {
        const unitVi = issue.origin === 'string' ? 'ký tự' : 'phần tử';
        vi = `"${field}" phải có ít nhất ${issue.minimum} ${unitVi}`;
        en = `"${field}" must have at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
      } else {
        vi = `"${field}" phải ${issue.inclusive === false ? '>' : '≥'} ${issue.minimum}`;
        en = `"${field}" must be ${issue.inclusive === false ? '>' : '>='} ${issue.minimum}`;
      }
      break;
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') {
        const unitVi = issue.origin === 'string' ? 'ký tự' : 'phần tử';
        vi = `"${field}" quá dài: tối đa ${issue.maximum} ${unitVi}`;
        en = `"${field}" is too long: at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
      } else {
        vi = `"${field}" phải ${issue.inclusive === false ? '<' : '≤'} ${issue.maximum}`;
        en = `"${field}" must be ${issue.inclusive === false ? '<' : '<='} ${issue.maximum}`;
      }
      break;
    case 'invalid_format':
      vi = `"${field}" sai định dạng${issue.format && issue.format !== 'regex' ? ` (${issue.format})` : ''}`;
      en = `"${field}" has an invalid format${issue.format && issue.format !== 'regex' ? ` (${issue.format})` : ''}`;
      break;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      vi = `"${field}" phải là một trong: ${values}`;
      en = `"${field}" must be one of: ${values}`;
      break;
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).join(', ');
      vi = `"${field}" có trường không được phép: ${keys}`;
      en = `"${field}" has unknown fields: ${keys}`;
      break;
    }
    default:
      vi = `"${field}" không hợp lệ`;
      en = `"${field}" is invalid${fallbackEn ? `: ${fallbackEn}` : ''}`;
  }
  if (custom) vi = `"${field}": ${custom}`;
  return { vi, en };
}

/** A 400 for the first issue of a zod failure at `where` ("body", "querystring", "params"). */
export function fromZodIssues(where: string, issues: ReadonlyArray<IssueLike>): ApiError {
  const issue = issues[0];
  const field = fieldPath(where, issue.path ?? []);
  const { vi, en } = describeIssue(issue, field);
  return new ApiError(400, 'invalid-request', field, vi, en);
}
