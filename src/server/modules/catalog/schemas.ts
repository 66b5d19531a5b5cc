import { z } from 'zod';

/**
 * The catalog's request and answer schemas live in src/common (catalog-requests.ts and
 * catalog-views.ts) so the web client types its calls from them; the route parameters stay here.
 */
export * from '../../../common/catalog-requests.js';
export * from '../../../common/catalog-views.js';

export const idParams = z.strictObject({ id: z.uuid() });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

export const categoryParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const synonymGroupParams = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) });
