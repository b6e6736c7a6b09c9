/**
 * Update validators: parse an action input with its zod schema, messages in Vietnamese. A rejection is an
 * ApplicationFailure of type ACTION_REJECTED, so api/ can turn it into a 4xx with the message as is.
 */
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';

export const ACTION_REJECTED = 'ChidaoActionRejected';

const viLocale = z.locales.vi();

export function reject(message: string): never {
  throw ApplicationFailure.create({ type: ACTION_REJECTED, message, nonRetryable: true });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: viLocale.localeError });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    reject(`Dữ liệu không hợp lệ — ${details}`);
  }
  return parsed.data;
}

/** "2018-01-19" → "19/01/2018". */
export function viDate(day: string | null): string {
  if (!day) return 'không có hạn';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
