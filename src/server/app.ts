import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkpointSettingsFrom, configureAuditCheckpoints } from './audit/checkpoint-settings.js';
import type { AppDeps } from './deps.js';
import { registerAuthHooks, requireAccessDeclarations } from './http/auth-hooks.js';
import { clientErrorHandler } from './http/client-errors.js';
import { registerCompression } from './http/compression.js';
import { finishOpenApiDocument, openApiTransform } from './http/openapi-transform.js';
import { requestLogSerializers } from './http/log-redaction.js';
import { frameworkErrorHandler, registerErrorHandler } from './http/error-handler.js';
import './http/fastify-augment.js';
import { createAppMetrics, registerRequestMetrics } from './http/request-metrics.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import type { TrustProxy } from './http/trust-proxy.js';
import { registerWebApp } from './http/web-app.js';
import { agencyRoutes } from './modules/agencies/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { catalogRoutes } from './modules/catalog/routes.js';
import { dashboardRoutes } from './modules/dashboards/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { competitionRoutes } from './modules/competitions/routes.js';
import { evaluationRoutes } from './modules/evaluation/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { incentiveRoutes } from './modules/incentive/routes.js';
import { campaignsRoutes } from './modules/institutionalisation/campaigns-routes.js';
import { oaoiRoutes } from './modules/institutionalisation/oaoi-routes.js';
import { institutionalisationRoutes } from './modules/institutionalisation/routes.js';
import { indexRoutes } from './modules/innovation-index/routes.js';
import { indexNomineeRoutes } from './modules/innovation-index/nominees-routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { eventOrganiserRoutes } from './modules/events/organiser-routes.js';
import { eventRoutes } from './modules/events/routes.js';
import { matchmakingRoutes } from './modules/matchmaking/routes.js';
import { metricsRoutes } from './modules/metrics/routes.js';
import { adminCheckRoutes } from './modules/proposals/admin-check/routes.js';
import { proposalRoutes } from './modules/proposals/routes.js';
import { regionRoutes } from './modules/regions/routes.js';
import { replicationRoutes } from './modules/replication/routes.js';
import { userRoutes } from './modules/users/routes.js';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string;
  /** See src/server/http/trust-proxy.ts; false (no proxy) when omitted. */
  trustProxy?: TrustProxy;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request log never shows a token from the URL (`http/log-redaction.ts`). */
function withRedaction(logger: NonNullable<FastifyServerOptions['logger']>): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object') return logger ? { serializers: requestLogSerializers } : false;
  return { ...logger, serializers: { ...requestLogSerializers, ...logger.serializers } };
}

/** The one Fastify app, used by main.ts and by every test through `inject()`. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  // With a configured key the app signs audit checkpoints itself (tests); the server (main.ts) also
  // resolves the key file in DATA_DIR before its first write. Other tools build the app without one.
  if (deps.config.AUDIT_CHECKPOINT_KEY) configureAuditCheckpoints(checkpointSettingsFrom(deps.config));
  const app = Fastify({
    logger: withRedaction(options.logger ?? false),
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Honour a proxy's request id so logs line up across tiers; otherwise make one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
    // Router-level refusals (bad percent-encoding, over-long path parameter) in our error shape.
    frameworkErrors: frameworkErrorHandler,
    // Parser-level refusals (431 oversized headers, 408, 400) with the security headers.
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  // Before any route: it attaches itself to each /api route as the route is added.
  await registerCompression(app);
  // File uploads (multipart/form-data); every upload route reads with its own size limit.
  await app.register(fastifyMultipart, { limits: { fileSize: deps.config.UPLOAD_LIMIT_BYTES, files: 1, fields: 10, parts: 11 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Simpul API',
        description:
          'Platform ekosistem inovasi pelayanan publik / public service innovation platform. Errors: `{error: {code, message}}`; state-changing requests need the `x-csrf-token` header from `GET /api/auth/me`.',
        version: deps.version,
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'simpul_session' } } },
    },
    transform: openApiTransform,
    transformObject: (documentObject) => finishOpenApiDocument('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject),
  });

  requireAccessDeclarations(app);
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  const metrics = createAppMetrics();
  registerRequestMetrics(app, metrics);
  registerAuthHooks(app, deps.db, { idleMinutes: deps.config.SESSION_IDLE_MINUTES, absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps));
  await app.register(metricsRoutes(deps, metrics));
  await app.register(authRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(agencyRoutes(deps));
  await app.register(regionRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(catalogRoutes(deps));
  await app.register(competitionRoutes(deps));
  await app.register(evaluationRoutes(deps));
  await app.register(proposalRoutes(deps));
  await app.register(adminCheckRoutes(deps));
  await app.register(incentiveRoutes(deps));
  await app.register(institutionalisationRoutes(deps));
  await app.register(oaoiRoutes(deps));
  await app.register(campaignsRoutes(deps));
  await app.register(indexRoutes(deps));
  await app.register(indexNomineeRoutes(deps));
  await app.register(notificationRoutes(deps));
  await app.register(replicationRoutes(deps));
  await app.register(matchmakingRoutes(deps));
  await app.register(eventRoutes(deps));
  await app.register(eventOrganiserRoutes(deps));
  await app.register(dashboardRoutes(deps));

  if (options.webDir) await registerWebApp(app, path.resolve(options.webDir));
  return app;
}
