/** Schemas several routes share: error bodies, ids, civil dates. */
import { z } from 'zod';
import { CivilDate } from '../../calendar/types';
import { ErrorBodySchema } from '../errors';

export { ErrorBodySchema, CivilDate };

/** The error responses a route can give, for the OpenAPI document. */
export const errorResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, ErrorBodySchema])) as Record<number, typeof ErrorBodySchema>;

/** Workflow ids may hold "/" (document numbers): clients URL-encode them. */
export const IdParams = z.object({ id: z.string().min(1).max(300) });

/** "true"/"false"/"1"/"0" in a query string. */
export const QueryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const Limit = z.coerce.number().int().min(1).max(1000);
