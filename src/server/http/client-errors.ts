import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { STATIC_SECURITY_HEADERS } from './security-headers.js';

/**
 * Refusals Node's HTTP parser makes before Fastify sees a request — oversized headers (431), a
 * request that took too long to arrive (408), an unparsable request (400) — answered in the API's
 * error shape and with the same security headers as every other answer (Fastify's default writes
 * a bare response without them). No request was parsed, so the language is the default one.
 */
const REFUSALS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HEADERS_TOO_LARGE', message: 'Kepala permintaan (header) terlalu besar. / Request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', message: 'Permintaan terlalu lama. / The request took too long.' },
};
const BAD_REQUEST = { status: 400, code: 'BAD_REQUEST', message: 'Permintaan tidak valid. / Invalid request.' };

export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  // A connection reset leaves nothing to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = (error.code && REFUSALS[error.code]) || BAD_REQUEST;
  this.log.debug({ err: error }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
    const headers = {
      ...STATIC_SECURITY_HEADERS,
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy(error);
}
