import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * ExcelJS is used in two places only: `src/server/exports/` writes every XLSX download
 * (`workbookBuffer`, or `workbookStream` for a large one-sheet export), and `src/server/imports/`
 * reads every uploaded file (guarded-reader.ts, with its limits). Anywhere else in src/ an import
 * of `exceljs` (static, `import type`, dynamic or `require`) fails: build the sheets as
 * `SheetSpec`s and hand them to exports/xlsx.ts, so formula neutralisation, tab names and header
 * style stay one implementation. Tests may read downloaded workbooks with ExcelJS.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ALLOWED = /^src\/server\/(exports|imports)\//;
const IMPORTS_EXCELJS = /\bfrom\s*['"]exceljs(\/[^'"]*)?['"]|\b(import|require)\s*\(\s*['"]exceljs(\/[^'"]*)?['"]\s*\)/;

describe('ExcelJS imports', () => {
  it('only src/server/exports/ and src/server/imports/ import exceljs', async () => {
    const entries = await readdir(join(root, 'src'), { withFileTypes: true, recursive: true });
    const found: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(e.name)) continue;
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      if (ALLOWED.test(path)) continue;
      if (IMPORTS_EXCELJS.test(await readFile(join(root, path), 'utf8'))) found.push(path);
    }
    expect(found, 'files importing exceljs outside src/server/exports and src/server/imports (use exports/xlsx.ts workbookBuffer)').toEqual([]);
  });

  it('the pattern sees each form of import', () => {
    for (const line of ["import ExcelJS from 'exceljs';", "import type { Worksheet } from 'exceljs';", "const X = await import('exceljs');", 'const X = require("exceljs");']) {
      expect(IMPORTS_EXCELJS.test(line), line).toBe(true);
    }
    expect(IMPORTS_EXCELJS.test("import { workbookBuffer } from '../../exports/xlsx.js';")).toBe(false);
  });
});
