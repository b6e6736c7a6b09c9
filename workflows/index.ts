/** The workflows the worker registers (bundled into the sandbox from this file). */
import './zod-defaults';
export { directiveWorkflow } from './directive';
export { taskWorkflow } from './task';
export { digestWorkflow } from './digest';
