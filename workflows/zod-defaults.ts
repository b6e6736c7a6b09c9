/**
 * Settles zod's global configuration while the worker preloads workflows/ (workers/bundle.ts). zod writes its
 * defaults (English messages, the memoizer) into a global object the first time a schema is built; the worker
 * freezes what preloading created, so that first build must happen here, not later inside a workflow.
 * Imported first by workflows/index.ts. Outside the worker it only does what zod would do anyway.
 */
import { z } from 'zod';

z.object({ settled: z.string() });
