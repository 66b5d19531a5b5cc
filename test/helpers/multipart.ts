import { randomUUID } from 'node:crypto';
import type { Agent } from './agent.js';

export interface FilePartOptions {
  /** The part's declared Content-Type (the server sniffs the bytes anyway). */
  contentType?: string;
  /** The form field name; the upload routes read `file`. */
  field?: string;
}

/**
 * A `multipart/form-data` request body with one file part, as the web app uploads (the one builder
 * every test uses; spread it into `agent.request(method, url, …)`).
 */
export function multipartFile(filename: string, bytes: Buffer, options: FilePartOptions = {}): { rawBody: Buffer; headers: { 'content-type': string } } {
  const { contentType = 'application/octet-stream', field = 'file' } = options;
  const boundary = `----simpul${randomUUID().replaceAll('-', '')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    rawBody: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POSTs one file to an upload route as `agent` (cookies and CSRF token included). */
export function postFile(agent: Agent, url: string, filename: string, bytes: Buffer, options: FilePartOptions = {}) {
  return agent.request('POST', url, multipartFile(filename, bytes, options));
}
