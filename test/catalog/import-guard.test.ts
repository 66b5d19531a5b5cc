import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hundredThousandRows, xlsxWith } from '../../bench/generator/hostile-xlsx.js';
import type { Agent } from '../helpers/agent.js';
import { multipartFile } from '../helpers/multipart.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

/**
 * The catalog import behind the guarded reader (issue #12 item 2): the probe's 100,000-row XLSX
 * is refused before a workbook is built, writes nothing, and does not stall other requests.
 */
let t: TestApp;
let operator: Agent;
let noDimension: Buffer;
let withDimension: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  operator = (await t.signedIn('agency_operator')).agent;
  noDimension = hundredThousandRows({ dimension: false });
  withDimension = hundredThousandRows();
}, 60_000);
afterAll(() => t.close());

describe('the catalog import refuses oversized workbooks before building them', () => {
  it('refuses the 100,000-row XLSX (with or without a declared dimension) naming the 2,000-row cap, writing nothing', { timeout: 120_000 }, async () => {
    const before = await databaseFingerprint(t.db);
    // The process's peak resident memory only grows: building the 100,000 rows (what ExcelJS did)
    // raised it by over a gigabyte; refusing at row 2,001 leaves it where the fixture put it.
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    for (const bytes of [noDimension, withDimension]) {
      const response = await operator.request('POST', '/api/innovations/import?dryRun=true', multipartFile('besar.xlsx', bytes));
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'file' }], limit: 'rows', max: 2000 } });
      expect(response.json().error.message).toContain('paling banyak 2000');
    }
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(256 * 1024 * 1024);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses a zip bomb with 413 and the limit it broke', async () => {
    const mine = await operator.request('POST', '/api/innovations/import?dryRun=true', multipartFile('bom.xlsx', xlsxWith(Buffer.alloc(60 * 1024 * 1024, 0x20))));
    expect(mine.statusCode).toBe(413);
    expect(mine.json().error).toMatchObject({ code: 'IMPORT_TOO_LARGE', details: { limit: 'ratio' } });
  });

  it('answers a health request sent during such an upload before the upload is answered', { timeout: 180_000 }, async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const {
      rawBody: body,
      headers: { 'content-type': contentType },
    } = multipartFile('besar.xlsx', noDimension);
    const order: string[] = [];
    const send = (label: string, options: http.RequestOptions, payload?: Buffer, onSent?: () => void) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, ...options }, (response) => {
          response.resume();
          response.on('end', () => {
            order.push(label);
            resolve(response.statusCode ?? 0);
          });
        });
        request.on('error', reject);
        request.end(payload, onSent);
      });
    let health: Promise<number> | undefined;
    const upload = send(
      'upload',
      {
        method: 'POST',
        path: '/api/innovations/import?dryRun=true',
        headers: { cookie: operator.cookieHeader(), 'x-csrf-token': operator.csrfToken!, 'content-type': contentType, 'content-length': String(body.length) },
      },
      body,
      // The whole file has been handed to the server: the health probe goes out now.
      () => {
        health = send('health', { method: 'GET', path: '/api/health' });
      },
    );
    expect(await upload).toBe(400);
    expect(await health).toBe(200);
    expect(order).toEqual(['health', 'upload']);
  });
});
