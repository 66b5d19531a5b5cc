import { z } from 'zod';

/** The historical import's body and answers live in src/common/historical-import.ts (the web wizard types its calls from them). */
export { historicalBody, historicalJob, historicalReport, mappingList, uploadAnswer } from '../../../common/historical-import.js';

export const fileParams = z.strictObject({ fileId: z.uuid() });

export const jobParams = z.strictObject({ jobId: z.uuid() });
