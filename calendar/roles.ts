/**
 * The words of an escalation ladder: who a step goes to, relative to the task's lead agency, and by which
 * channel. Plain constants (no zod) so that code the workflow worker shares among workflows can use them;
 * types.ts builds its schemas from them.
 */
export const RECIPIENT_ROLES = ['focal', 'head', 'supervisor', 'leader'] as const;
export const CHANNELS = ['email', 'zalo'] as const;
