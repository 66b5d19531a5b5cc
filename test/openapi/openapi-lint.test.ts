import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeCatalog } from '../../src/server/http/auth-hooks.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A linter over the OpenAPI document the app publishes (/api/openapi.json), so a spec-driven
 * client can trust it: every operation is named and summarised, declares the security its
 * `config.access` implies, documents a schema for every status it declares (refusals as JSON,
 * files as binary), takes the CSRF header when it changes state, and upload routes document
 * their multipart body. The rules are checked against the running app's own route table.
 */
interface Operation {
  operationId?: string;
  summary?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
  requestBody?: { content: Record<string, { schema?: { properties?: Record<string, { format?: string }> } }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
  'x-access'?: string;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** Probes whose 503 is their status report, not a refusal. */
const STATUS_REPORTS = new Set(['GET /api/health', 'GET /api/ready']);
const UNSAFE = new Set(['put', 'post', 'delete', 'patch']);

let t: TestApp;
let doc: OpenApiDocument;
let operations: Array<{ key: string; method: string; path: string; op: Operation }>;

/** `/api/rounds/:roundId` → `/api/rounds/{roundId}`, as OpenAPI writes paths. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.agent().get('/api/openapi.json');
  expect(response.statusCode).toBe(200);
  doc = response.json();
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, op })),
  );
});
afterAll(() => t.close());

/** Lists the operations breaking a rule, so a failure names every offender at once. */
function offenders(rule: (o: (typeof operations)[number]) => string | null): string[] {
  return operations.flatMap((o) => {
    const problem = rule(o);
    return problem ? [`${o.key}: ${problem}`] : [];
  });
}

describe('the OpenAPI document', () => {
  it('publishes every API route (and only API routes) once', () => {
    const published = new Set(operations.map((o) => o.key));
    const api = (routeCatalog.get(t.app) ?? []).filter((r) => r.url !== '/api/openapi.json');
    const missing = api.map((r) => `${r.method} ${openApiPath(r.url)}`).filter((k) => !published.has(k));
    expect(missing).toEqual([]);
    expect(operations.filter((o) => !o.path.startsWith('/api/')).map((o) => o.key)).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
  });

  it('names every operation with a unique operationId and a summary', () => {
    expect(offenders(({ op }) => (op.operationId ? null : 'no operationId'))).toEqual([]);
    expect(offenders(({ op }) => (op.summary?.trim() ? null : 'no summary'))).toEqual([]);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('declares the security its config.access implies: none for public routes, the session otherwise', () => {
    expect(Object.keys(doc.components.securitySchemes)).toContain('session');
    const access = new Map((routeCatalog.get(t.app) ?? []).map((r) => [`${r.method} ${openApiPath(r.url)}`, r.access]));
    const problems = offenders(({ key, op }) => {
      const rule = access.get(key);
      if (!rule) return 'not in the route table';
      if (op['x-access'] !== rule) return `x-access ${op['x-access']} ≠ config.access ${rule}`;
      if (!Array.isArray(op.security)) return 'no security requirement (public routes say [])';
      const wanted = rule === 'public' ? [] : [{ session: [] }];
      return JSON.stringify(op.security) === JSON.stringify(wanted) ? null : `security ${JSON.stringify(op.security)} for access ${rule}`;
    });
    expect(problems).toEqual([]);
    // Signed-in routes document being refused without a session, permission routes without the permission.
    expect(offenders(({ op }) => (op['x-access'] !== 'public' && !op.responses['401'] ? 'no 401' : null))).toEqual([]);
    expect(offenders(({ op }) => (op['x-access'] !== 'public' && op['x-access'] !== 'signedIn' && !op.responses['403'] ? 'no 403' : null))).toEqual([]);
  });

  it('documents a schema for every status an operation declares, refusals as JSON errors', () => {
    const problems = offenders(({ key, op }) => {
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => /^2\d\d$/.test(s))) return 'no success status';
      for (const status of statuses) {
        if (status === '204') continue;
        const content = Object.entries(op.responses[status]!.content ?? {});
        if (content.length === 0) return `${status} without a body schema`;
        for (const [type, { schema }] of content) {
          if (!schema || Object.keys(schema).length === 0) return `${status} ${type}: empty schema`;
          if (Number(status) >= 400) {
            if (type !== 'application/json') return `${status} refusal documented as ${type}`;
            if (!(schema.properties as Record<string, unknown> | undefined)?.error && !STATUS_REPORTS.has(key)) return `${status} refusal is not {error: …}`;
          } else if (type !== 'application/json' && schema.format !== 'binary') return `${status} ${type} is not a binary file`;
        }
      }
      return null;
    });
    expect(problems).toEqual([]);
  });

  it('asks for the x-csrf-token header on every state-changing operation', () => {
    const problems = offenders(({ method, op }) =>
      UNSAFE.has(method) && !op.parameters?.some((p) => p.in === 'header' && p.name === 'x-csrf-token' && p.required) ? 'no required x-csrf-token header' : null,
    );
    expect(problems).toEqual([]);
  });

  it('documents the multipart body of every upload route', async () => {
    const uploads = operations.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    for (const { key, op } of uploads) {
      expect(op.requestBody!.content['multipart/form-data']!.schema?.properties?.file?.format, key).toBe('binary');
    }
    // As many documented upload bodies as places in the modules that read an upload.
    const modules = join(process.cwd(), 'src', 'server', 'modules');
    const files = (await readdir(modules, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    let readers = 0;
    for (const f of files) readers += ((await readFile(join(modules, f), 'utf8')).match(/readSingleUpload\(request,/g) ?? []).length;
    expect(readers).toBeGreaterThan(0);
    expect(uploads.length).toBe(readers);
  });
});

describe('a standard OpenAPI linter', () => {
  it("finds no error in the document under Redocly's recommended rules (redocly.yaml)", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'simpul-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(doc));
      const result = await new Promise<{ code: number; output: string }>((resolve) => {
        execFile(
          join('node_modules', '.bin', 'redocly'),
          ['lint', file, '--config', 'redocly.yaml', '--format', 'summary'],
          { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 120_000 },
          (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
        );
      });
      expect(result.output).not.toMatch(/^error /m);
      expect(result.code, result.output).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
