import type { FastifyInstance } from 'fastify';
import type { RouteAccess } from '../../../src/server/auth/permissions.js';
import { routeCatalog } from '../../../src/server/http/auth-hooks.js';
import type { JsonSchema } from './json-schema-arbitrary.js';

/**
 * Every API route the running app registered (`routeCatalog`, which also knows each route's
 * access rule), joined with what the OpenAPI document says about its parameters and body. Routes
 * hidden from the document (e.g. the document itself) are still fuzzed, with unstructured input.
 */
export interface ParameterModel {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface RouteModel {
  method: string;
  /** Fastify form: `/api/users/:id`. */
  url: string;
  access: RouteAccess;
  pathParams: ParameterModel[];
  query: ParameterModel[];
  headers: ParameterModel[];
  body?: { required: boolean; contentType: string; schema: JsonSchema };
  /** Not described by the OpenAPI document. */
  undocumented: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function toOpenApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

export function pathParamNames(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

export async function openApiDocument(app: FastifyInstance): Promise<OpenApiDocument> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
  return response.json() as OpenApiDocument;
}

export function resolverFor(doc: OpenApiDocument): (ref: string) => JsonSchema {
  return (ref) => {
    const name = ref.replace(/^#\/components\/schemas\//, '');
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`Unresolvable $ref ${ref}`);
    return found;
  };
}

export function routeModels(app: FastifyInstance, doc: OpenApiDocument): RouteModel[] {
  const catalog = routeCatalog.get(app);
  if (!catalog || catalog.length === 0) throw new Error('routeCatalog is empty: was the app built with buildApp()?');
  return catalog.map((entry) => {
    const operation = doc.paths[toOpenApiPath(entry.url)]?.[entry.method.toLowerCase()];
    const parameters = operation?.parameters ?? [];
    const pick = (where: string) =>
      parameters.filter((p) => p.in === where).map((p) => ({ name: p.name, required: p.required === true || where === 'path', schema: p.schema ?? {} }));
    const pathParams = pick('path');
    // A path parameter the document does not describe is still a parameter.
    for (const name of pathParamNames(entry.url)) {
      if (!pathParams.some((p) => p.name === name)) pathParams.push({ name, required: true, schema: { type: 'string' } });
    }
    const content = operation?.requestBody?.content ?? {};
    const contentType = Object.keys(content)[0];
    return {
      method: entry.method,
      url: entry.url,
      access: entry.access,
      pathParams,
      query: pick('query'),
      headers: pick('header'),
      body: contentType ? { required: operation?.requestBody?.required === true, contentType, schema: content[contentType]?.schema ?? {} } : undefined,
      undocumented: operation === undefined,
    };
  });
}
