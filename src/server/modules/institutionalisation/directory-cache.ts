import { isOaoiAgencyType, type OaoiAgencyType } from '../../../common/institutionalisation.js';
import type { Db } from '../../db/types.js';
import { agencyDirectory, directoryGeneration } from '../agencies/service.js';
import { GenerationCache } from '../catalog/search-cache.js';
import { regionNames } from '../regions/service.js';

/**
 * The agency directory and the province names, as OAOI coverage and campaign progress need them
 * on every request, kept in memory per database and directory generation (a sequence every write
 * to agencies or regions bumps, from any process: agencies.directoryGeneration, migration 0300 of
 * 2026-12-04). A request rereads ~1,000 agencies only after the directory changed; what is read
 * while a writer is uncommitted is used once and not kept.
 */
export interface OaoiAgency {
  id: string;
  name: string;
  type: OaoiAgencyType;
  provinceCode: string | null;
}

export interface Directory {
  /** Active governments (OAOI_AGENCY_TYPES), the agencies coverage counts. */
  oaoiAgencies: readonly OaoiAgency[];
  /** Every agency's name by id (campaign progress names agencies, active or not). */
  agencyName: ReadonlyMap<string, string>;
  provinceName: ReadonlyMap<string, string>;
}

const caches = new WeakMap<object, GenerationCache<Directory>>();

async function loadDirectory(db: Db): Promise<Directory> {
  const [agencies, provinces] = await Promise.all([agencyDirectory(db), regionNames(db, { level: 'province' })]);
  return {
    oaoiAgencies: agencies
      .filter((a) => a.active && isOaoiAgencyType(a.type))
      .map((a) => ({ id: a.id, name: a.name, type: a.type as OaoiAgencyType, provinceCode: a.provinceCode })),
    agencyName: new Map(agencies.map((a) => [a.id, a.name])),
    provinceName: new Map(provinces.map((p) => [p.code, p.name])),
  };
}

export async function directory(db: Db): Promise<Directory> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new GenerationCache<Directory>(1, 10 * 60_000)));
  const generation = await directoryGeneration(db);
  if (generation === null) return loadDirectory(db);
  const hit = cache.get('directory', generation);
  if (hit) return hit;
  const value = await loadDirectory(db);
  cache.set('directory', generation, value);
  return value;
}
