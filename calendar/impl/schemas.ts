/**
 * The calendar's zod schemas (holiday years, reporting calendar), loaded on first use rather than at import.
 *
 * The workflow worker evaluates calendar/ once and shares it, frozen, among all workflows (workers/bundle.ts).
 * A zod schema completes itself on first use, so it cannot live in a frozen module, and built at import it would
 * cost every workflow its own copy. Loaded here on demand they are built once per process, by the first caller.
 * Schemas are pure values: which workflow built them changes no answer.
 */
import type * as HolidayYearModule from '../holidayYear';
import type * as ReportingModule from '../reporting';

let holidayYear: typeof HolidayYearModule | undefined;
let reporting: typeof ReportingModule | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- require() at first use is the point of this file */
export const holidayYearSchemas = (): typeof HolidayYearModule => (holidayYear ??= require('../holidayYear'));
export const reportingSchemas = (): typeof ReportingModule => (reporting ??= require('../reporting'));
