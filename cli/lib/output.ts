/** Human tables (aligned, Unicode-width aware enough for Vietnamese) and --json output. */
import { TASK_STATUS_LABEL, type TaskStatus } from '../../workflows/types';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Visible width: Vietnamese letters in NFC are one column each; combining marks count zero. */
const width = (s: string) => [...s.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;

function clip(s: string, max: number): string {
  const chars = [...s.normalize('NFC').replace(/\s+/g, ' ')];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}

export interface Column<T> {
  title: string;
  value: (row: T) => string;
  max?: number;
}

export function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(c.value(r) ?? '', c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(width(c.title), ...cells.map((row) => width(row[i]))));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat(widths[i] - width(v))).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export const statusVi = (s: TaskStatus) => TASK_STATUS_LABEL[s] ?? s;

/** "31/01/2018" from "2018-01-31". */
export const dateVi = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '—');
