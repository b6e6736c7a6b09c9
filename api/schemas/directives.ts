/** Directive schemas: texts to read, specs to plan and register, and the views returned. */
import { z } from 'zod';
import { CivilDate, Instant } from '../../calendar/types';
import { DirectiveSpec } from '../../directives/spec';
import { CancelInput } from '../../workflows/types';
import { Limit } from './common';
import { TaskSummarySchema } from './tasks';

export { DirectiveSpec };

/** Size limits come from config; the schema is built per app. */
export const ParseBody = (maxTextChars: number) =>
  z
    .object({
      text: z.string().min(1).max(maxTextChars),
      issuedOn: CivilDate.optional(),
    })
    .strict();

export const PlanBody = z
  .object({
    spec: DirectiveSpec,
    /** Plan as of this instant (ISO); now by default. A past instant shows the late-registration path. */
    asOf: Instant.optional(),
    policyId: z.string().min(1).max(100).optional(),
  })
  .strict();

export const RegisterBody = (maxTextChars: number) =>
  z
    .object({
      spec: DirectiveSpec,
      /** The original text, kept with the directive for reviewers. */
      text: z.string().max(maxTextChars).optional(),
      policyId: z.string().min(1).max(100).optional(),
    })
    .strict();

export const AmendBody = z.object({ spec: DirectiveSpec }).strict();
export const CancelBody = CancelInput.omit({ by: true }).strict();

export const RegisterResultSchema = z.object({
  directiveId: z.string(),
  created: z.boolean(),
  taskWorkflowIds: z.array(z.string()),
});

export const DirectiveListQuery = z.object({
  q: z.string().max(200).optional(),
  limit: Limit.default(100),
});

export const DirectiveSummarySchema = z.object({
  directiveId: z.string(),
  number: z.string().nullable(),
  type: z.string(),
  subject: z.string().nullable(),
  issuedOn: CivilDate.nullable(),
  registeredAt: z.string(),
  status: z.enum(['active', 'cancelled', 'completed']),
  taskCount: z.number().int(),
});

export const DirectiveViewSchema = DirectiveSummarySchema.extend({
  spec: DirectiveSpec,
  text: z.string().nullable(),
  tasks: z.array(TaskSummarySchema),
});
