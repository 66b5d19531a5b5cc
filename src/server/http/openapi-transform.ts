import type { FastifyContextConfig } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../auth/permissions.js';
import { errorResponse } from './errors.js';

/**
 * Turns each route into an OpenAPI operation a spec-driven client can trust: the zod schemas
 * become JSON Schema (fastify-type-provider-zod), and from the route's own declarations it adds
 * what every route shares but none should have to repeat —
 * - `operationId` from method and path (`GET /api/evaluation/rounds/:roundId` → `getEvaluationRoundsByRoundId`),
 * - `security`: `[]` for `config.access: 'public'`, the session cookie otherwise, with the access
 *   rule itself as `x-access`,
 * - the `x-csrf-token` header on state-changing requests (auth-hooks.ts checks it),
 * - the refusals the access rule and validation imply (400 with request schemas, 401 for any
 *   signed-in rule, 403 for a permission) when the route's response map does not list them,
 * - a `multipart/form-data` body with the binary `file` field for upload routes (`consumes`),
 * - refusals always as `application/json` (a download route's `produces` names the file's type
 *   only), and a download (`fileResponse` of http/file-response.ts) as a binary body.
 * Routes outside /api (the web app's fallback) are not part of the API and are hidden.
 * test/openapi/openapi-lint.test.ts checks the resulting document.
 */
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type SchemaRecord = Record<string, unknown>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MULTIPART = 'multipart/form-data';

export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function impliedRefusals(access: RouteAccess, schema: SchemaRecord): Record<number, typeof errorResponse> {
  const implied: Record<number, typeof errorResponse> = {};
  if (schema.body || schema.querystring || schema.params) implied[400] = errorResponse;
  if (access !== 'public') implied[401] = errorResponse;
  if (access !== 'public' && access !== 'signedIn') implied[403] = errorResponse;
  return implied;
}

function withCsrfHeader(headers: unknown): SchemaRecord {
  const base = (headers ?? { type: 'object', properties: {} }) as { type?: string; properties?: SchemaRecord; required?: string[] };
  return {
    ...base,
    type: 'object',
    properties: {
      ...base.properties,
      'x-csrf-token': { type: 'string', description: 'The CSRF token: from GET /api/auth/me when signed in, else the simpul_csrf cookie (double submit).' },
    },
    required: [...new Set([...(base.required ?? []), 'x-csrf-token'])],
  };
}

const multipartBody = {
  type: 'object',
  properties: { file: { type: 'string', format: 'binary', description: 'the file' } },
  required: ['file'],
};

/** `z.any().describe(…)` (http/file-response.ts): an unconstrained body, i.e. a file. */
function isFileSchema(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Object.keys(json).length === 1 && typeof (json as SchemaRecord).description === 'string';
}

const isJson = (type: string) => type === 'application/json';
const binary = { type: 'string', format: 'binary' };

/** A success answer with explicit media types: files binary, JSON members of a JSON-or-file union as JSON. */
function successContent(json: SchemaRecord, produces: string[] | undefined): SchemaRecord {
  const types = produces?.length ? produces : ['application/json'];
  if (isFileSchema(json)) {
    const fileTypes = types.filter((t) => !isJson(t));
    return { description: 'The file', content: Object.fromEntries((fileTypes.length ? fileTypes : ['application/octet-stream']).map((t) => [t, { schema: binary }])) };
  }
  const members = json.anyOf as unknown[] | undefined;
  if (types.some((t) => !isJson(t)) && members?.some(isFileSchema)) {
    const rest = members.filter((m) => !isFileSchema(m));
    const jsonSchema = rest.length === 1 ? rest[0] : { anyOf: rest };
    return { description: 'JSON, or the file in the asked format', content: Object.fromEntries(types.map((t) => [t, { schema: isJson(t) ? jsonSchema : binary }])) };
  }
  return json;
}

/** Answers with explicit media types: refusals are JSON whatever the route `produces`. */
function withMediaTypes(responses: SchemaRecord, produces: string[] | undefined): SchemaRecord {
  const out: SchemaRecord = {};
  for (const [status, json] of Object.entries(responses)) {
    out[status] =
      Number(status) >= 400
        ? {
            description: (json as { properties?: SchemaRecord }).properties?.error ? 'Refusal: `{error: {code, message, details?}}`' : 'Not available',
            content: { 'application/json': { schema: json } },
          }
        : successContent(json as SchemaRecord, produces);
  }
  return out;
}

export function openApiTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const { url, route } = input as TransformInput & { route: { method: string | string[]; config?: FastifyContextConfig } };
  const schema = (input.schema ?? {}) as SchemaRecord;
  if (!url.startsWith('/api') || schema.hide) return { schema: { ...schema, hide: true }, url } as ReturnType<typeof jsonSchemaTransform>;
  const method = [route.method].flat()[0]!;
  const config = route.config ?? {};
  const access = config.access ?? 'public';
  const response = schema.response ? { ...impliedRefusals(access, schema), ...(schema.response as SchemaRecord) } : undefined;
  const enriched: SchemaRecord = { ...schema, operationId: schema.operationId ?? operationIdOf(method, url), ...(response ? { response } : {}) };
  const out = jsonSchemaTransform({ ...input, schema: enriched } as TransformInput);
  const doc = out.schema as SchemaRecord;
  doc.security = access === 'public' ? [] : [{ session: [] }];
  doc['x-access'] = access;
  if (!SAFE_METHODS.has(method) && !config.csrfExempt) doc.headers = withCsrfHeader(doc.headers);
  if ((doc.consumes as string[] | undefined)?.includes(MULTIPART) && !doc.body) doc.body = multipartBody;
  if (doc.response) doc.response = withMediaTypes(doc.response as SchemaRecord, doc.produces as string[] | undefined);
  return out;
}

/**
 * The finished document, tidied for OpenAPI 3.0 tools: a nullable union (`anyOf` with
 * `nullable: true` and no `type` beside it, which 3.0 does not allow) carries `nullable` on each
 * member instead — the same values validate. Used as @fastify/swagger's `transformObject`.
 */
export function finishOpenApiDocument<T extends object>(doc: T): T {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as SchemaRecord;
    if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.anyOf)) {
      schema.anyOf = (schema.anyOf as SchemaRecord[]).map((member) => ({ ...member, nullable: true }));
      delete schema.nullable;
    }
    for (const value of Object.values(schema)) visit(value);
  };
  visit(doc);
  return doc;
}
