/**
 * One shape for "this config file is wrong": the file, the field and the problem, in Vietnamese for the operator.
 * Shared by the calendar-related loaders (holidays, reporting, escalation).
 */
import type { z } from 'zod';

export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field || '(gốc)'}: ${problem}`);
    this.name = 'ConfigFileError';
  }
}

/** The first zod issue as a ConfigFileError ("daysOff.3.date: ngày phải có dạng YYYY-MM-DD"). */
export function fromZodError(file: string, error: z.ZodError, prefix = ''): ConfigFileError {
  const issue = error.issues[0];
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return new ConfigFileError(file, field, issue.message);
}
