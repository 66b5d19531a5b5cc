import { editDistance, normalizeName } from '../../../common/name-match.js';
import type { LocalizedText } from '../../http/errors.js';

/**
 * Resolves a province and a regency/city written by hand ("DI Yogyakarta", "Prov. Jawa Timur",
 * "Kab. Sleman", "Pemkot Surabaya", "35.78") to Kemendagri codes. Pure: built from the region list
 * once per import (see `regionNameIndex` in service.ts). Exact on the name without its prefixes
 * first, then a single close spelling (edit distance ≤ 2) which is reported as a warning.
 */
export interface RegionEntry {
  code: string;
  name: string;
  level: 'province' | 'regency';
  provinceCode: string | null;
  kind: string | null;
}

export type RegionResolution =
  { ok: true; code: string; provinceCode: string; name: string; warning?: LocalizedText } | { ok: false; target: 'province' | 'regency'; message: LocalizedText };

export interface RegionNameIndex {
  byCode: Map<string, RegionEntry>;
  provinces: Map<string, RegionEntry>;
  /** core name → regencies and cities of that name (Bekasi: a regency and a city). */
  regencies: Map<string, RegionEntry[]>;
}

const PROVINCE_PREFIX = /^(pemerintah )?(pemprov |provinsi |propinsi |prov |daerah istimewa |daerah khusus ibukota |daerah khusus ibu kota |daerah khusus |di |dki |d i )+/;
const REGENCY_PREFIX = /^(pemerintah )?(kabupaten administrasi |kabupaten adm |kabupaten |kab adm |kab |pemkab |kota administrasi |kota adm |kota |pemkot )/;

function words(text: string): string {
  // "Kep." is the usual short form of "Kepulauan".
  return normalizeName(text).replace(/\bkep\b/g, 'kepulauan');
}

/** Common short names of provinces → the name without prefix. */
const PROVINCE_ALIASES: Record<string, string> = {
  jatim: 'jawa timur',
  jateng: 'jawa tengah',
  jabar: 'jawa barat',
  diy: 'yogyakarta',
  jogja: 'yogyakarta',
  jogjakarta: 'yogyakarta',
  yogya: 'yogyakarta',
  jakarta: 'jakarta',
  sumut: 'sumatera utara',
  sumbar: 'sumatera barat',
  sumsel: 'sumatera selatan',
  kalbar: 'kalimantan barat',
  kalteng: 'kalimantan tengah',
  kalsel: 'kalimantan selatan',
  kaltim: 'kalimantan timur',
  kaltara: 'kalimantan utara',
  sulut: 'sulawesi utara',
  sulteng: 'sulawesi tengah',
  sulsel: 'sulawesi selatan',
  sultra: 'sulawesi tenggara',
  sulbar: 'sulawesi barat',
  ntb: 'nusa tenggara barat',
  ntt: 'nusa tenggara timur',
  babel: 'kepulauan bangka belitung',
  kepri: 'kepulauan riau',
  malut: 'maluku utara',
  nad: 'aceh',
  'nanggroe aceh darussalam': 'aceh',
  'bangka belitung': 'kepulauan bangka belitung',
};

export function provinceCore(name: string): string {
  const core = words(name).replace(PROVINCE_PREFIX, '').trim();
  return PROVINCE_ALIASES[core] ?? core;
}

/** The regency/city name without its prefix, and the kind the prefix says (if any). */
export function regencyCore(name: string): { core: string; kind: 'kabupaten' | 'kota' | null } {
  const text = words(name);
  const match = REGENCY_PREFIX.exec(text);
  if (!match) return { core: text, kind: null };
  const prefix = match[2]!;
  const kind = prefix.startsWith('kota') || prefix === 'pemkot ' ? 'kota' : 'kabupaten';
  return { core: text.slice(match[0].length).trim(), kind };
}

export function buildRegionNameIndex(regions: readonly RegionEntry[]): RegionNameIndex {
  const index: RegionNameIndex = { byCode: new Map(), provinces: new Map(), regencies: new Map() };
  for (const r of regions) {
    index.byCode.set(r.code, r);
    if (r.level === 'province') index.provinces.set(provinceCore(r.name), r);
    else {
      const { core } = regencyCore(r.name);
      index.regencies.set(core, [...(index.regencies.get(core) ?? []), r]);
    }
  }
  return index;
}

const CODE = /^\d{2}(\.\d{2})?$/;

function closest<T>(map: Map<string, T>, core: string): { key: string; value: T } | 'none' | 'ambiguous' {
  if (core.length < 4) return 'none';
  const found: { key: string; value: T }[] = [];
  for (const [key, value] of map) if (editDistance(key, core, 2) <= 2) found.push({ key, value });
  if (found.length === 0) return 'none';
  return found.length === 1 ? found[0]! : 'ambiguous';
}

function resolveProvince(index: RegionNameIndex, raw: string): RegionResolution {
  const text = raw.trim();
  if (CODE.test(text) && text.length === 2) {
    const r = index.byCode.get(text);
    return r
      ? { ok: true, code: r.code, provinceCode: r.code, name: r.name }
      : { ok: false, target: 'province', message: { id: `kode provinsi ${text} tidak dikenal`, en: `unknown province code ${text}` } };
  }
  const core = provinceCore(text);
  const exact = index.provinces.get(core);
  if (exact) return { ok: true, code: exact.code, provinceCode: exact.code, name: exact.name };
  const near = closest(index.provinces, core);
  if (typeof near === 'object') {
    return {
      ok: true,
      code: near.value.code,
      provinceCode: near.value.code,
      name: near.value.name,
      warning: { id: `"${text}" dibaca sebagai ${near.value.name}`, en: `"${text}" read as ${near.value.name}` },
    };
  }
  return { ok: false, target: 'province', message: { id: `provinsi "${text}" tidak dikenal`, en: `unknown province "${text}"` } };
}

/**
 * A region from a province cell and/or a regency/city cell (either may be a code or a name).
 * With both, the regency must lie in the province; a name shared by a regency and a city
 * ("Bekasi") needs "Kab."/"Kota" or is refused as ambiguous.
 */
export function resolveRegion(index: RegionNameIndex, cells: { province?: string; regency?: string }): RegionResolution | null {
  const provinceText = cells.province?.trim() ?? '';
  const regencyText = cells.regency?.trim() ?? '';
  if (!provinceText && !regencyText) return null;
  const province = provinceText ? resolveProvince(index, provinceText) : null;
  if (province && !province.ok) return province;
  if (!regencyText) return province;
  if (CODE.test(regencyText)) {
    const r = index.byCode.get(regencyText);
    if (!r) return { ok: false, target: 'regency', message: { id: `kode wilayah ${regencyText} tidak dikenal`, en: `unknown region code ${regencyText}` } };
    return checkWithin({ ok: true, code: r.code, provinceCode: r.provinceCode ?? r.code, name: r.name }, province);
  }
  const { core, kind } = regencyCore(regencyText);
  const provinceCode = province?.ok ? province.provinceCode : null;
  const pick = (list: RegionEntry[]) => list.filter((r) => (!kind || r.kind === kind) && (!provinceCode || r.provinceCode === provinceCode));
  let candidates = pick(index.regencies.get(core) ?? []);
  let warning: LocalizedText | undefined;
  if (candidates.length === 0) {
    const near = [...index.regencies.entries()].filter(([key]) => core.length >= 4 && editDistance(key, core, 2) <= 2).flatMap(([, list]) => pick(list));
    if (near.length === 1) {
      candidates = near;
      warning = { id: `"${regencyText}" dibaca sebagai ${near[0]!.name}`, en: `"${regencyText}" read as ${near[0]!.name}` };
    }
  }
  if (candidates.length === 1) {
    const r = candidates[0]!;
    return { ok: true, code: r.code, provinceCode: r.provinceCode!, name: r.name, ...(warning ? { warning } : {}) };
  }
  if (candidates.length > 1) {
    const names = candidates.map((c) => c.name).join(', ');
    return {
      ok: false,
      target: 'regency',
      message: {
        id: `"${regencyText}" dapat berarti ${names}; tulis "Kab." atau "Kota" atau isi provinsinya`,
        en: `"${regencyText}" may mean ${names}; write "Kab." or "Kota" or give the province`,
      },
    };
  }
  return {
    ok: false,
    target: 'regency',
    message: {
      id: `kabupaten/kota "${regencyText}" tidak dikenal${province?.ok ? ` di ${province.name}` : ''}`,
      en: `unknown regency/city "${regencyText}"${province?.ok ? ` in ${province.name}` : ''}`,
    },
  };
}

function checkWithin(found: RegionResolution & { ok: true }, province: RegionResolution | null): RegionResolution {
  if (province?.ok && found.provinceCode !== province.provinceCode) {
    return { ok: false, target: 'regency', message: { id: `${found.name} tidak berada di ${province.name}`, en: `${found.name} is not in ${province.name}` } };
  }
  return found;
}
