import fc from 'fast-check';
import { HOSTILE_STRINGS, PATH_TRAVERSAL } from './hostile-strings.js';
import { boundaryArb, invalidArb, type JsonSchema, type SchemaContext, validArb } from './json-schema-arbitrary.js';
import { type ParameterModel, type RouteModel, STATE_CHANGING } from './route-model.js';

/** One generated HTTP request, before the identity's cookies are added. */
export interface FuzzRequest {
  flavour: 'valid' | 'boundary' | 'invalid' | 'transport';
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** How the CSRF header is sent: the identity's real token, none, or a forged one. */
  csrf: 'real' | 'missing' | 'forged';
}

type Flavour = FuzzRequest['flavour'];

function valueFor(schema: JsonSchema, flavour: Flavour, ctx: SchemaContext): fc.Arbitrary<unknown> {
  if (flavour === 'boundary') return fc.oneof({ weight: 2, arbitrary: boundaryArb(schema, ctx) }, { weight: 1, arbitrary: validArb(schema, ctx) });
  if (flavour === 'invalid') return fc.oneof({ weight: 2, arbitrary: invalidArb(schema, ctx) }, { weight: 1, arbitrary: validArb(schema, ctx) });
  return validArb(schema, ctx);
}

const LONE_SURROGATE = /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g;

/** encodeURIComponent throws on a lone surrogate; a browser would send U+FFFD instead. */
function encodePart(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function pathArb(route: RouteModel, flavour: Flavour, ctx: SchemaContext): fc.Arbitrary<string> {
  if (route.pathParams.length === 0) return fc.constant(route.url);
  const parts = route.pathParams.map((p) =>
    flavour === 'transport'
      ? fc.constantFrom(...PATH_TRAVERSAL.map(encodeURIComponent), '..%2F..%2F', '%E0%A4%A', '%00', 'x'.repeat(2000), '%2e%2e')
      : valueFor(p.schema, flavour, ctx).map((v) => encodePart(asText(v))),
  );
  return fc.tuple(...parts).map((values) => {
    let url = route.url;
    route.pathParams.forEach((p, i) => {
      url = url.replace(`:${p.name}`, values[i] || 'x');
    });
    return url;
  });
}

function queryArb(params: ParameterModel[], flavour: Flavour, ctx: SchemaContext): fc.Arbitrary<string> {
  const entries = params.map((p) => {
    const entry = valueFor(p.schema, flavour, ctx).map((v) => [p.name, asText(v)] as const);
    // A required parameter is left out only when breaking rules on purpose.
    return p.required && flavour !== 'invalid' ? entry : fc.option(entry, { freq: 2, nil: undefined });
  });
  const extra =
    flavour === 'invalid' || flavour === 'transport'
      ? fc.option(fc.tuple(fc.constantFrom('fuzz', '__proto__', 'page[]', 'q', 'a.b'), fc.constantFrom(...HOSTILE_STRINGS)), { nil: undefined })
      : fc.constant(undefined);
  return fc.tuple(fc.tuple(...entries), extra).map(([chosen, more]) => {
    const search = new URLSearchParams();
    for (const entry of chosen) if (entry) search.append(entry[0], entry[1]);
    if (more) search.append(more[0], more[1]);
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

const TRANSPORT_BODIES = [
  '{"name": "Dinas',
  '',
  'null',
  '[]',
  '"string"',
  '{"a":1,"a":2}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '\u0000\u0001\u0002',
  '{"x":"\\ud800"}',
  'name=x&type=lembaga',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/xml',
  'application/json, text/plain',
  '../../etc/passwd',
];

function bodyArb(route: RouteModel, flavour: Flavour, ctx: SchemaContext): fc.Arbitrary<{ payload?: string; contentType?: string }> {
  if (flavour === 'transport') {
    return fc.record({
      payload: fc.constantFrom(...TRANSPORT_BODIES),
      contentType: fc.oneof(fc.constant('application/json'), fc.constantFrom(...CONTENT_TYPES)),
    });
  }
  if (!route.body) {
    // Routes without a body still get one now and then: it must be ignored or refused cleanly.
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' })) },
    );
  }
  const body = route.body;
  const value = valueFor(body.schema, flavour, ctx);
  const omitted = body.required ? [] : [{ weight: 1, arbitrary: fc.constant({}) }];
  return fc.oneof({ weight: 6, arbitrary: value.map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: body.contentType })) }, ...omitted);
}

const LANGUAGES = ['id', 'en', 'en-US,en;q=0.9', 'id-ID;q=0.2, en;q=0.8', 'xx', '*', ';;;q=abc', 'en;q=NaN'];

function headersArb(flavour: Flavour): fc.Arbitrary<Record<string, string>> {
  const odd = flavour === 'invalid' || flavour === 'transport';
  const headers = fc.record(
    {
      'accept-language': odd ? fc.oneof(fc.constantFrom(...LANGUAGES), fc.constantFrom(...HOSTILE_STRINGS).map(headerSafe)) : fc.constantFrom(...LANGUAGES),
      'x-request-id': odd ? fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{8,64}$/), fc.constantFrom(...HOSTILE_STRINGS).map(headerSafe)) : fc.stringMatching(/^[a-z0-9-]{8,20}$/),
      accept: fc.constantFrom('application/json', '*/*', 'text/html', 'application/xml'),
      // Sent instead of the caller's own cookies (see FuzzIdentity.send).
      cookie: fc.constantFrom(
        `simpul_session=${'x'.repeat(500)}`,
        'simpul_session=../../etc/passwd',
        "simpul_session=' OR '1'='1",
        'simpul_session=forged; simpul_csrf=forged',
        'simpul_session=%00%ff%fe',
        '=;;;=; simpul_session',
        `simpul_csrf=${'y'.repeat(5000)}`,
      ),
    },
    { requiredKeys: odd ? ['accept-language'] : ['accept-language', 'accept'] },
  );
  // Forged cookies only with the odd flavours: the others exercise the caller's real session.
  return odd ? headers : headers.map(({ cookie: _forged, ...rest }) => rest);
}

/** Header values cannot carry CR, LF or NUL: Node refuses to send them at all. */
function headerSafe(value: string): string {
  return value.replace(/[\r\n\u0000]/g, ' ').replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
}

/** `flavours` narrows what is generated (the concurrency mode sends valid requests only). */
export function requestArb(route: RouteModel, ctx: SchemaContext, flavours?: readonly Flavour[]): fc.Arbitrary<FuzzRequest> {
  const flavour = flavours ? fc.constantFrom<Flavour>(...flavours) : fc.constantFrom<Flavour>('valid', 'valid', 'valid', 'boundary', 'boundary', 'invalid', 'invalid', 'transport');
  return flavour.chain((f) =>
    fc
      .record({
        path: pathArb(route, f, ctx),
        query: queryArb(route.query, f, ctx),
        body: bodyArb(route, f, ctx),
        headers: headersArb(f),
        csrf: flavours
          ? fc.constant<'real'>('real')
          : STATE_CHANGING.has(route.method)
            ? fc.constantFrom<FuzzRequest['csrf']>('real', 'real', 'real', 'real', 'real', 'missing', 'forged')
            : fc.constant<'real'>('real'),
      })
      .map(({ path, query, body, headers, csrf }) => {
        const all: Record<string, string> = { ...headers };
        if (body.contentType !== undefined && body.payload !== undefined) all['content-type'] = body.contentType;
        return { flavour: f, method: route.method, url: `${path}${query}`, headers: all, payload: body.payload, csrf };
      }),
  );
}
