/**
 * How chidao's workflow code is bundled for the worker's sandbox, in one place for the worker, the tests and the
 * benches.
 *
 * workflows/ (with calendar/ and the libraries it uses) is preloaded: evaluated once when the worker's V8 context
 * starts and shared, frozen, by every workflow, instead of evaluated again in each workflow. That is what keeps a
 * cached workflow at tens of kilobytes rather than about 2 MB (bench/README.md). It is safe because the modules keep
 * no per-workflow state at module scope: what they keep there is pure (calendars, lunar dates) and zod schemas,
 * which cannot be frozen, are loaded on first use (workflows/schemas.ts, calendar/impl/schemas.ts).
 */
import { bundleWorkflowCode, DefaultLogger, type BundleOptions } from '@temporalio/worker';
import path from 'node:path';

/** The workflows the worker registers. */
export const WORKFLOWS_PATH = path.join(__dirname, '..', 'workflows', 'index.ts');

/** Bundler options every chidao bundle uses (Worker.create's `bundlerOptions` and bundleWorkflowCode's). */
export const BUNDLER_OPTIONS = { preloadModules: [WORKFLOWS_PATH] } satisfies Pick<BundleOptions, 'preloadModules'>;

/** Bundles a workflows file (chidao's by default; a test's or a bench's own file that re-exports it). */
export async function bundleWorkflows(workflowsPath: string = WORKFLOWS_PATH, logger = new DefaultLogger('WARN')): Promise<{ code: string }> {
  const { code } = await bundleWorkflowCode({ workflowsPath, logger, ...BUNDLER_OPTIONS });
  return { code };
}
