import http from 'node:http';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

/**
 * One request at a time over a keep-alive connection: the latency a single user sees, without
 * the queueing of a load test. The client is node:http (not fetch) to keep its own overhead,
 * which is in every figure including the ceiling's, small.
 */
export interface HttpRequestSpec {
  readonly method?: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface TimedResponse {
  readonly status: number;
  readonly ms: number;
  /** Bytes on the wire: the compressed size when the server compressed the answer. */
  readonly bytes: number;
  /** The body as text, decompressed. */
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function timedRequest(baseUrl: string, spec: HttpRequestSpec): Promise<TimedResponse> {
  const url = new URL(spec.path, baseUrl);
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.body !== undefined) headers['content-length'] = String(Buffer.byteLength(spec.body));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request(url, { method: spec.method ?? 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        const ms = performance.now() - started;
        try {
          const body = decode(wire, response.headers['content-encoding']);
          resolve({ status: response.statusCode ?? 0, ms, bytes: wire.length, body: body.toString('utf8'), headers: response.headers });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    if (spec.body !== undefined) request.write(spec.body);
    request.end();
  });
}

/** Undoes the server's compression (only what a scenario may ask for with `accept-encoding`). */
function decode(wire: Buffer, encoding: string | undefined): Buffer {
  if (!encoding || encoding === 'identity') return wire;
  if (encoding === 'br') return zlib.brotliDecompressSync(wire);
  if (encoding === 'gzip') return zlib.gunzipSync(wire);
  throw new Error(`unexpected content-encoding ${encoding}`);
}

/** Runs every spec `rounds` times in order (after one warm-up pass) and returns the latencies. */
export async function sequentialLatencies(baseUrl: string, specs: readonly HttpRequestSpec[], rounds: number, expectStatus = 200): Promise<{ ms: number[]; bytes: number[] }> {
  for (const spec of specs) await expectOk(baseUrl, spec, expectStatus);
  const ms: number[] = [];
  const bytes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const spec of specs) {
      const r = await expectOk(baseUrl, spec, expectStatus);
      ms.push(r.ms);
      bytes.push(r.bytes);
    }
  }
  return { ms, bytes };
}

async function expectOk(baseUrl: string, spec: HttpRequestSpec, status: number): Promise<TimedResponse> {
  const r = await timedRequest(baseUrl, spec);
  if (r.status !== status) throw new Error(`${spec.method ?? 'GET'} ${spec.path} answered ${r.status}: ${r.body.slice(0, 300)}`);
  return r;
}
