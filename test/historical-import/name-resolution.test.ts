import { describe, expect, it } from 'vitest';
import { buildRegionNameIndex, resolveRegion } from '../../src/server/modules/regions/name-resolver.js';
import { readRegions } from '../../src/server/seed/reference-data.js';
import { agencyTypeOf, awardLevelOf, parseHistoricalDate } from '../../src/server/modules/catalog/historical/cells.js';
import { suggestMapping } from '../../src/server/modules/catalog/historical/fields.js';

/** The pure rules of the historical import: region names, dates, award labels, header suggestions (no database). */
const index = buildRegionNameIndex(readRegions().map((r) => ({ code: r.code, name: r.name, level: r.level, provinceCode: r.provinceCode, kind: r.kind })));
const code = (cells: { province?: string; regency?: string }) => {
  const r = resolveRegion(index, cells);
  return r?.ok ? r.code : r;
};

describe('region names as people write them', () => {
  it('reads official names, variants, prefixes and codes', () => {
    expect(code({ province: 'DI Yogyakarta' })).toBe('34');
    expect(code({ province: 'Daerah Istimewa Yogyakarta' })).toBe('34');
    expect(code({ province: 'D.I. Yogyakarta' })).toBe('34');
    expect(code({ province: 'DKI Jakarta' })).toBe('31');
    expect(code({ province: 'Prov. Jawa Timur' })).toBe('35');
    expect(code({ province: 'Jatim' })).toBe('35');
    expect(code({ province: '35' })).toBe('35');
    expect(code({ regency: 'Kab. Sleman' })).toBe('34.04');
    expect(code({ regency: 'Pemkot Surabaya' })).toBe('35.78');
    expect(code({ regency: 'Kota Adm. Jakarta Pusat' })).toBe('31.71');
    expect(code({ province: 'Sulawesi Selatan', regency: 'Kab. Pangkajene dan Kep.' })).toBe('73.10');
    expect(code({ regency: '35.78' })).toBe('35.78');
  });

  it('refuses what it cannot place, and a name shared by a regency and a city without a prefix', () => {
    expect(code({ regency: 'Bekasi' })).toMatchObject({ ok: false, message: { en: expect.stringMatching(/Kabupaten Bekasi, Kota Bekasi/) } });
    expect(code({ regency: 'Kota Bekasi' })).toBe('32.75');
    expect(code({ province: 'Jawa Barat', regency: 'Kota Surabaya' })).toMatchObject({ ok: false, target: 'regency' });
    expect(code({ province: 'Atlantis' })).toMatchObject({ ok: false, target: 'province' });
    // One close spelling is read, with a warning.
    expect(resolveRegion(index, { regency: 'Kab. Banyuwangy' })).toMatchObject({ ok: true, code: '35.10', warning: { en: expect.stringMatching(/read as Kabupaten Banyuwangi/) } });
  });
});

describe('cells of a winners list', () => {
  it('reads year-only and month-year dates and refuses the future', () => {
    expect(parseHistoricalDate('2019', '2026-12-02')).toEqual({ value: { date: '2019-01-01', precision: 'year' } });
    expect(parseHistoricalDate('03/2019', '2026-12-02')).toEqual({ value: { date: '2019-03-01', precision: 'month' } });
    expect(parseHistoricalDate('Maret 2019', '2026-12-02')).toEqual({ value: { date: '2019-03-01', precision: 'month' } });
    expect(parseHistoricalDate('2019-03-15', '2026-12-02')).toEqual({ value: { date: '2019-03-15', precision: 'day' } });
    expect(parseHistoricalDate('2026', '2026-12-02')).toEqual({ value: { date: '2026-01-01', precision: 'year' } });
    expect(parseHistoricalDate('2027', '2026-12-02')).toMatchObject({ problem: { en: '2027 is in the future' } });
    expect(parseHistoricalDate('31/02/2019', '2026-12-02')).toHaveProperty('problem');
  });

  it('reads award levels and agency types', () => {
    expect(awardLevelOf('Top 99 KIPP 2019')).toBe('top_99');
    expect(awardLevelOf('Top 45 KIPP 2022')).toBe('top_45');
    expect(awardLevelOf('Top 21 COVID-19')).toBe('special');
    expect(awardLevelOf('UNPSA 2020')).toBe('international');
    expect(agencyTypeOf('Pemkab')).toBe('kabupaten');
    expect(agencyTypeOf('Pemerintah Kota Surabaya')).toBe('kota');
    expect(agencyTypeOf('K')).toBe('kementerian');
    expect(agencyTypeOf('RSUD Sanjiwani')).toBeNull();
  });

  it('suggests fields from Indonesian and English headers, each field once', () => {
    expect(suggestMapping(['No', 'Nama Inovasi', 'Pemda', 'Kab/Kota', 'Tahun', 'Predikat', 'Link', 'Catatan'])).toEqual({
      'Nama Inovasi': 'title',
      Pemda: 'agencyName',
      'Kab/Kota': 'regency',
      Tahun: 'year',
      Predikat: 'awardLabel',
      Link: 'sourceUrl',
    });
    expect(suggestMapping(['Innovation title', 'Agency', 'Province', 'Regency/City', 'Year', 'Award', 'Summary'])).toEqual({
      'Innovation title': 'title',
      Agency: 'agencyName',
      Province: 'province',
      'Regency/City': 'regency',
      Year: 'year',
      Award: 'awardLabel',
      Summary: 'summary',
    });
  });
});
