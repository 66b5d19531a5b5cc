import { z } from 'zod';
import { dashboardFilters, nationalDashboard, regionProfile, todoList } from '../../../common/dashboards.js';

/** Route schemas of the dashboards module; the shapes live in src/common/dashboards.ts for the web. */
export { dashboardFilters, nationalDashboard, regionProfile, todoList };

/** Any text: an unknown or malformed code answers an empty profile, not an error. */
export const regionCodeParams = z.strictObject({ code: z.string().trim().min(1).max(20) });

export const nationalExportQuery = dashboardFilters.extend({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });
export const regionExportQuery = z.strictObject({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });

/** A reported month, `YYYY-MM`. */
export const monthlyReportParams = z.strictObject({ month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/) });
