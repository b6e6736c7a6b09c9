/**
 * Exit codes scripts can rely on: 0 ok, 1 failure, 2 bad input, 3 not found, 4 refused. A CliError carries
 * one; `fail` prints its one-line reason (or a JSON error with --json) and sets process.exitCode.
 */
export const EXIT = { ok: 0, failure: 1, badInput: 2, notFound: 3, refused: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly code: string = 'error',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const badInput = (message: string) => new CliError(EXIT.badInput, message, 'bad-input');
export const notFound = (message: string) => new CliError(EXIT.notFound, message, 'not-found');
export const refused = (message: string) => new CliError(EXIT.refused, message, 'refused');

interface Linked {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  issues?: Array<{ path: PropertyKey[]; message: string }>;
}

function chain(err: unknown): Linked[] {
  const out: Linked[] = [];
  let cur: unknown = err;
  for (let i = 0; cur && typeof cur === 'object' && i < 8; i++) {
    out.push(cur as Linked);
    cur = (cur as Linked).cause;
  }
  return out;
}

/** Classifies any error (Temporal's through client/, zod's, ours) into a CliError with a one-line Vietnamese reason. */
export function toCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  const links = chain(err);
  const names = links.map((l) => String(l.name ?? ''));
  const first = links[0];
  if (first?.name === 'ChidaoError') {
    const code = String((first as { code?: unknown }).code);
    const message = String(first.message);
    if (code === 'not-found') return notFound(message);
    return refused(message);
  }
  if (first && Array.isArray(first.issues) && first.issues.length > 0) {
    const i = first.issues[0];
    return badInput(`${i.path.join('.') || 'dữ liệu'}: ${i.message}`);
  }
  if (names.includes('WorkflowNotFoundError') || links.some((l) => l.code === 5)) {
    return notFound('Không tìm thấy nhiệm vụ hoặc văn bản');
  }
  if (names.includes('WorkflowUpdateFailedError')) {
    const reason = links.slice(1).find((l) => typeof l.message === 'string' && l.message)?.message ?? first?.message;
    return refused(`Nhiệm vụ không chấp nhận thao tác: ${String(reason)}`);
  }
  if (links.some((l) => l.code === 14 || l.name === 'TransportError') || /ECONNREFUSED|connect|UNAVAILABLE/i.test(String(first?.message ?? ''))) {
    return new CliError(EXIT.failure, `Không kết nối được Temporal (${process.env.TEMPORAL_ADDRESS ?? 'localhost:7233'}): ${String(first?.message ?? err)}`, 'temporal-unavailable');
  }
  return new CliError(EXIT.failure, err instanceof Error ? err.message : String(err));
}

/** Prints the error in one line (stderr) or as JSON (stdout) and sets the exit code. */
export function fail(err: unknown, json: boolean): void {
  const e = toCliError(err);
  if (json) process.stdout.write(JSON.stringify({ error: { code: e.code, message: e.message, exitCode: e.exitCode } }) + '\n');
  else process.stderr.write(`Lỗi: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = e.exitCode;
}
