/**
 * Workflow bundles built once per run: webpack takes seconds, and every workflow test needs one.
 * The first worker to ask builds the bundle into the run folder under a lock file; the others wait
 * for it and read it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/provision/paths';
import { bundleWorkflows } from '../../workers/bundle';
import { runDir } from './run-env';

const inProcess = new Map<string, Promise<{ code: string }>>();

async function build(workflowsPath: string): Promise<{ code: string }> {
  if (!fs.existsSync(workflowsPath)) throw new Error(`workflowBundle(): ${workflowsPath} does not exist`);
  return bundleWorkflows(workflowsPath);
}

async function buildShared(workflowsPath: string, dir: string): Promise<{ code: string }> {
  const key = crypto.createHash('sha1').update(workflowsPath).digest('hex').slice(0, 12);
  const file = path.join(dir, `bundle-${key}.js`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (fs.existsSync(file)) return { code: fs.readFileSync(file, 'utf8') };
    let fd: number | undefined;
    try {
      fd = fs.openSync(lock, 'wx');
    } catch {
      // Another worker is building it.
      if (Date.now() > deadline) return build(workflowsPath);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      const bundle = await build(workflowsPath);
      fs.writeFileSync(`${file}.tmp`, bundle.code);
      fs.renameSync(`${file}.tmp`, file);
      return bundle;
    } finally {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
}

/** The bundle of `workflows/index.ts` (or of another workflows file, e.g. a test's own). */
export function workflowBundle(workflowsPath: string = path.join(REPO_ROOT, 'workflows', 'index.ts')): Promise<{ code: string }> {
  const resolved = path.resolve(workflowsPath);
  let pending = inProcess.get(resolved);
  if (!pending) {
    const dir = runDir();
    pending = dir ? buildShared(resolved, dir) : build(resolved);
    pending.catch(() => inProcess.delete(resolved));
    inProcess.set(resolved, pending);
  }
  return pending;
}
