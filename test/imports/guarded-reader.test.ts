import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hundredThousandRows, sheetXml, xlsxWith, zipArchive } from '../../bench/generator/hostile-xlsx.js';
import { AppError } from '../../src/server/http/errors.js';
import { importLimits, type ImportLimits, readRows, readTable } from '../../src/server/imports/guarded-reader.js';

/** The one reader for file imports (issue #12 item 2): what it reads, and what it refuses before building. */
const limits = (overrides: Partial<ImportLimits> = {}) => importLimits({ field: 'file', maxBytes: 10 * 1024 * 1024, maxRows: 2000, sheetName: 'Inovasi', ...overrides });

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string; details: { limit?: string; max?: number; found?: number }; id: string; en: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    return { status: e.status, code: e.code, details: e.details as never, id: e.text.id, en: e.text.en };
  }
  throw new Error('expected a refusal');
}

describe('reading', () => {
  it('reads an ExcelJS workbook as ExcelJS did: the named sheet, shared strings, rich text, dates, numbers, booleans, formulas, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRow(['bukan ini']);
    const sheet = workbook.addWorksheet('Inovasi');
    sheet.addRow(['judul', 'tanggal', 'angka', 'ya', 'kaya', 'rumus', 'kode']);
    sheet.addRow([
      ' Tanda <&> "kutip" ',
      new Date('2020-01-05T00:00:00Z'),
      35.78,
      true,
      { richText: [{ text: 'Satu ' }, { text: 'dua' }] },
      { formula: '1+1', result: 2 },
      '35.78',
    ]);
    sheet.addRow([]);
    sheet.getCell('C4').value = 'celah';
    sheet.addRow([]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readTable(bytes, limits())).toEqual([
      ['judul', 'tanggal', 'angka', 'ya', 'kaya', 'rumus', 'kode'],
      ['Tanda <&> "kutip"', '2020-01-05', '35.78', 'true', 'Satu dua', '2', '35.78'],
      [],
      ['', '', 'celah'],
    ]);
  });

  it('reads CSV with either separator and a BOM, and drops trailing empty rows', async () => {
    expect(await readTable(Buffer.from('\uFEFFa;b\n1;"x;y"\n\n2;3\n\n\n'), limits())).toEqual([['a', 'b'], ['1', 'x;y'], [], ['2', '3']]);
    expect(await readTable(Buffer.from('a,b\r\n 1 ,2\r\n'), limits())).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses what is neither CSV nor XLSX, and a ZIP that is no workbook', async () => {
    expect(await refusal(readTable(Buffer.from('%PDF-1.4\n%%EOF'), limits()))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await refusal(readTable(Buffer.from([0xff, 0xfe, 0x00, 0x41]), limits()))).toMatchObject({ status: 400 });
    const notAWorkbook = await refusal(readTable(zipArchive([{ name: 'catatan.txt', data: 'halo' }]), limits()));
    expect(notAWorkbook).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(notAWorkbook.en).toContain("'xl/workbook.xml' is missing");
  });
});

describe('refusing before building', () => {
  it('refuses a file over the byte limit, naming the field and the limit', async () => {
    const r = await refusal(readTable(Buffer.from('a\n'.repeat(1000)), limits({ maxBytes: 1000 })));
    expect(r).toMatchObject({ status: 413, code: 'IMPORT_TOO_LARGE', details: { limit: 'bytes', max: 1000, found: 2000 } });
    expect(r.id).toContain("'file'");
  });

  it('refuses a zip bomb (a small file that inflates huge) from its directory, before inflating', async () => {
    const bomb = xlsxWith(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const r = await refusal(readTable(bomb, limits()));
    expect(r).toMatchObject({ status: 413, code: 'IMPORT_TOO_LARGE', details: { limit: 'ratio', max: 200 } });
    expect(r.id).toMatch(/bom ZIP/);
    expect(r.en).toMatch(/ZIP bomb/);
  });

  it('refuses an archive whose declared contents exceed the uncompressed budget, or that has too many entries', async () => {
    const honest = xlsxWith(sheetXml(20_000, 26));
    expect(await refusal(readTable(honest, limits({ maxUncompressedBytes: 4 * 1024 * 1024 })))).toMatchObject({
      status: 413,
      details: { limit: 'uncompressedBytes', max: 4 * 1024 * 1024 },
    });
    const many = zipArchive(Array.from({ length: 600 }, (_v, i) => ({ name: `x/${i}.xml`, data: '<a/>' })));
    expect(await refusal(readTable(many, limits()))).toMatchObject({ status: 413, details: { limit: 'entries', max: 500, found: 600 } });
  });

  it('stops inflating an entry whose central directory lies about its size', async () => {
    // 30 MB of sheet XML declared as 2 KB: the directory checks pass, the inflation must not.
    const liar = xlsxWith(Buffer.concat([sheetXml(1, 3), Buffer.alloc(30 * 1024 * 1024, 0x20)]), { declaredSize: 2048 });
    const r = await refusal(readTable(liar, limits()));
    expect(r).toMatchObject({ status: 413, code: 'IMPORT_TOO_LARGE', details: { limit: 'declaredSize', found: 2048 } });
    expect(r.en).toContain("'xl/worksheets/sheet1.xml' inflates beyond its declared size");
  });

  it('refuses a 100,000-row sheet by its declared dimension, and one without a dimension at the row cap', { timeout: 60_000 }, async () => {
    const declared = await refusal(readTable(hundredThousandRows(), limits()));
    expect(declared).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: { limit: 'rows', max: 2000, found: 100_000 } });
    expect(declared.id).toContain('paling banyak 2000');
    // No dimension: the rows are counted as they stream and reading stops at row 2,001.
    const undeclared = await refusal(readTable(hundredThousandRows({ dimension: false }), limits()));
    expect(undeclared).toMatchObject({ status: 400, details: { limit: 'rows', max: 2000, found: 2001 } });
  });

  it('counts CSV rows as they stream and stops at the cap', async () => {
    const csv = Buffer.from(`judul\n${'baris\n'.repeat(100_000)}`);
    const rows: string[][] = [];
    const r = await refusal(
      (async () => {
        for await (const row of readRows(csv, limits())) rows.push(row);
      })(),
    );
    expect(r).toMatchObject({ status: 400, details: { limit: 'rows', found: 2001 } });
    expect(rows).toHaveLength(2001); // the header and the 2,000 allowed rows, nothing after
  });

  it('refuses content beyond the column limit and an endless row', async () => {
    expect(await refusal(readTable(Buffer.from(`a${',x'.repeat(300)}\n`), limits()))).toMatchObject({ status: 400, details: { limit: 'columns', max: 200, found: 301 } });
    const endless = xlsxWith(Buffer.from(`<worksheet><sheetData><row r="1">${'<c><v>1</v></c>'.repeat(400_000)}</row></sheetData></worksheet>`), { store: true });
    expect(await refusal(readTable(endless, limits({ maxRowChars: 1024 * 1024 })))).toMatchObject({ status: 400, details: { limit: 'rowChars' } });
  });

  it('turns the event loop while it reads one large file (other requests get their turn)', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    try {
      const csv = Buffer.from(`judul\n${'baris yang cukup panjang untuk mengisi potongan\n'.repeat(1_999)}`);
      expect(await readTable(csv, limits())).toHaveLength(2000);
      const csvTurns = turns;
      expect(csvTurns).toBeGreaterThan(1);
      expect(await readTable(xlsxWith(sheetXml(2001, 26)), limits())).toHaveLength(2001);
      expect(turns - csvTurns).toBeGreaterThan(10);
    } finally {
      running = false;
    }
  });
});
