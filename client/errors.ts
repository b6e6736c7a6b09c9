/** Errors the façade throws, with Vietnamese messages that api/ and cli/ show as they are. */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { ACTION_REJECTED } from '../workflows/validation';

export type ChidaoErrorCode = 'invalid' | 'not-found' | 'closed' | 'conflict';

export class ChidaoError extends Error {
  constructor(
    readonly code: ChidaoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChidaoError';
  }
}

/** Turns what Temporal threw for an update, query or describe into a ChidaoError when it is the caller's fault. */
export function translate(err: unknown, what: string): unknown {
  if (err instanceof ChidaoError) return err;
  if (err instanceof WorkflowUpdateFailedError) {
    const cause = err.cause;
    if (cause instanceof ApplicationFailure && cause.type === ACTION_REJECTED) return new ChidaoError('invalid', cause.message, { cause: err });
    return new ChidaoError('invalid', cause?.message ?? err.message, { cause: err });
  }
  if (err instanceof WorkflowNotFoundError) return new ChidaoError('not-found', `Không tìm thấy ${what}`, { cause: err });
  const message = (err as Error | undefined)?.message ?? '';
  if (/workflow execution already completed|already completed|not found/i.test(message)) {
    if (/not found/i.test(message) && !/completed/i.test(message)) return new ChidaoError('not-found', `Không tìm thấy ${what}`, { cause: err });
    return new ChidaoError('closed', `${what[0].toUpperCase()}${what.slice(1)} đã kết thúc, không nhận thêm thao tác`, { cause: err });
  }
  return err;
}
