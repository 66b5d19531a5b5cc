import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { categoryRoutes } from './routes/category-routes.js';
import { fileCatalogRoutes } from './routes/file-routes.js';
import { historicalImportRoutes } from './routes/historical-routes.js';
import { publicCatalogRoutes } from './routes/public-routes.js';
import { staffCatalogRoutes } from './routes/staff-routes.js';
import { synonymRoutes } from './routes/synonym-routes.js';

/** The innovation registry and public catalog (issue #3). */
export function catalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(publicCatalogRoutes(deps));
    await app.register(staffCatalogRoutes(deps));
    await app.register(fileCatalogRoutes(deps));
    await app.register(categoryRoutes(deps));
    await app.register(historicalImportRoutes(deps));
    await app.register(synonymRoutes(deps));
  };
}
