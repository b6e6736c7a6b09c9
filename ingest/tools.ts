/**
 * The Debian programs that read the formats (poppler-utils, tesseract-ocr, antiword), run as child processes with a
 * time limit. A missing program is an IngestError naming the package to install, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { IngestError } from './IngestError';

/** Which Debian package ships each program (the install line the error gives). */
export const TOOL_PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfimages: 'poppler-utils',
  tesseract: 'tesseract-ocr tesseract-ocr-vie',
  antiword: 'antiword',
};

export interface ToolRun {
  args: string[];
  input?: Uint8Array;
  timeoutMs?: number;
  /** Variables added to the environment. */
  env?: Record<string, string>;
  /** What the tool is doing, for the errors ("đọc lớp chữ của PDF"). */
  purpose: string;
}

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
  status: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

function missing(tool: string): IngestError {
  return new IngestError('tool-missing', `Máy chủ chưa cài chương trình "${tool}" để đọc loại tệp này: cài bằng "apt-get install ${TOOL_PACKAGES[tool] ?? tool}".`);
}

/** Runs `tool` to completion; rejects only when it cannot start or runs too long (the caller judges the status). */
export function runTool(tool: string, run: ToolRun): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, run.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...run.env } });
    const out: Buffer[] = [];
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new IngestError('timeout', `Quá thời gian khi ${run.purpose} (${Math.round((run.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} giây).`));
    }, run.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? missing(tool) : error);
    });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr, status: status ?? 1 });
    });
    child.stdin.on('error', () => undefined); // a tool that exits early closes its stdin; its status says why
    child.stdin.end(run.input ? Buffer.from(run.input) : undefined);
  });
}
