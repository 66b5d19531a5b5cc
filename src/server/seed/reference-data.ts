import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type Kysely, sql } from 'kysely';
import type { AgencyType } from '../../common/agency-types.js';
import type { Database } from '../db/schema.js';
import { titleCase } from './region-names.js';
import { THREE_T_REGENCY_CODES, THREE_T_WHOLE_PROVINCES } from './three-t-regions.js';

/**
 * Loads provinces and regencies/cities from the `idn-area-data` package (ODbL; see README) and
 * makes sure every region has its government registered as an agency. Idempotent: run at every
 * start, it only inserts what is missing and refreshes names.
 */
export interface RegionRecord {
  code: string;
  name: string;
  level: 'province' | 'regency';
  provinceCode: string | null;
  kind: 'kabupaten' | 'kota' | null;
  is3t: boolean;
}

function dataFile(name: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data', name);
}

function readCsv(name: string): Record<string, string>[] {
  return parse(fs.readFileSync(dataFile(name), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

let cached: RegionRecord[] | undefined;

export function readRegions(): RegionRecord[] {
  if (cached) return cached;
  const provinces: RegionRecord[] = readCsv('provinces.csv').map((r) => ({
    code: r.code!,
    name: titleCase(r.name!),
    level: 'province',
    provinceCode: null,
    kind: null,
    is3t: false,
  }));
  const threeT = new Set(THREE_T_REGENCY_CODES);
  const regencies: RegionRecord[] = readCsv('regencies.csv').map((r) => {
    const kind = r.name!.startsWith('KOTA ') ? 'kota' : 'kabupaten';
    return {
      code: r.code!,
      name: titleCase(r.name!),
      level: 'regency',
      provinceCode: r.province_code!,
      kind,
      is3t: threeT.has(r.code!) || (kind === 'kabupaten' && THREE_T_WHOLE_PROVINCES.includes(r.province_code!)),
    };
  });
  cached = [...provinces, ...regencies];
  return cached;
}

/** "Pemerintah Provinsi Jawa Timur", "Pemerintah Kota Surabaya". */
export function governmentName(region: RegionRecord): string {
  return region.level === 'province' ? `Pemerintah Provinsi ${region.name}` : `Pemerintah ${region.name}`;
}

export async function loadReferenceData(db: Kysely<Database>): Promise<{ regions: number; agencies: number }> {
  const regions = readRegions();
  await db.transaction().execute(async (trx) => {
    // Provinces first: regencies reference them.
    for (const level of ['province', 'regency'] as const) {
      const rows = regions.filter((r) => r.level === level);
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto('regions')
          .values(rows.slice(i, i + 500).map((r) => ({ code: r.code, name: r.name, level: r.level, province_code: r.provinceCode, kind: r.kind, is_3t: r.is3t })))
          .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
          .execute();
      }
    }
    const agencies = regions.map((r) => ({
      name: governmentName(r),
      type: (r.level === 'province' ? 'provinsi' : r.kind) as AgencyType,
      region_code: r.code,
    }));
    for (let i = 0; i < agencies.length; i += 500) {
      await trx
        .insertInto('agencies')
        .values(agencies.slice(i, i + 500))
        .onConflict((oc) => oc.expression(sql`lower(name)`).doNothing())
        .execute();
    }
  });
  const counted = await db
    .selectFrom('agencies')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { regions: regions.length, agencies: Number(counted.n) };
}
