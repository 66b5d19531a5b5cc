import { z } from 'zod';

export const FILE = 'file';

/**
 * The 200 answer of a download route (CSV, XLSX, PDF …): the body is the file, sent as is.
 * The OpenAPI document shows it as a binary body of the route's `produces` media types
 * (http/openapi-transform.ts); refusals stay JSON.
 */
export const fileResponse = z.any().describe(FILE);
