import { z } from 'zod';

/**
 * The liveness answer, shared by the server (GET /api/health serialises through it) and the web
 * client (features/health types the answer as `z.output` of it).
 */
export const databaseEngine = z.enum(['pglite', 'postgres']);

export const healthAnswer = z.object({ status: z.literal('ok'), database: databaseEngine, version: z.string() });
