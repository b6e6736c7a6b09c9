/**
 * The zod schemas the workflows validate with (action inputs, directive specs), loaded on first use rather than
 * at import.
 *
 * The worker evaluates workflows/ once and shares it, frozen, among all workflows (workers/bundle.ts). A zod schema
 * completes itself on first use, so it cannot live in a frozen module, and built at import it would cost every
 * workflow its own copy (about 1 MB each, measured with a heap snapshot). Loaded here on demand they are built once
 * per worker, by the first workflow that validates something. Schemas are pure values: which workflow built them
 * changes no result, so replay is unaffected.
 */
import type * as ActionSchemas from './types';
import type * as SpecSchemas from '../directives/spec';

let actions: typeof ActionSchemas | undefined;
let specs: typeof SpecSchemas | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- require() at first use is the point of this file */
export const actionSchemas = (): typeof ActionSchemas => (actions ??= require('./types'));
export const specSchemas = (): typeof SpecSchemas => (specs ??= require('../directives/spec'));
