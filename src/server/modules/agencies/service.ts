import { type AgencyType, REGIONAL_AGENCY_TYPES } from '../../../common/agency-types.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db, DbOrTrx, Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import type { RequestContext } from '../../http/request-context.js';
import type { Actor } from '../../audit/audit-log.js';
import {
  agencyNameTaken,
  findAgencyView,
  insertAgency,
  listAgencies,
  readDirectoryGeneration,
  regionExists,
  selectAgencyId,
  selectDirectory,
  updateAgencyRow,
} from './repository.js';
import type { AgencyView } from './schemas.js';

/*
 * Agencies (instansi): the directory every holder of `agencies.read` sees whole, active or not
 * (forms pick from it, lists filter it), changed only by holders of `agencies.manage`. No record
 * is hidden from a permitted caller, so the module has no policy.ts: the permission table is the
 * whole rule. A module that scopes records (own agency, assigned proposals) has one.
 */

const AGENCY = { id: 'Instansi', en: 'Agency' };

export { listAgencies };

/** For other modules: the agency, or undefined. */
export function findAgency(db: DbOrTrx, id: string): Promise<AgencyView | undefined> {
  return findAgencyView(db, id);
}

/** For the route: the agency, or 404. */
export async function getAgency(db: Db, id: string): Promise<AgencyView> {
  const agency = await findAgencyView(db, id);
  if (!agency) throw errors.notFound(AGENCY);
  return agency;
}

export function listAgenciesPage(db: Db, query: { q?: string; type?: AgencyType; province?: string; active?: boolean; page: number; pageSize: number }) {
  return listAgencies(db, { ...query, ...pageBounds(query.page, query.pageSize) });
}

/** A regional government must sit on a region of its own level (provinsi → province, kota → a city). */
async function checkRegion(db: DbOrTrx, type: AgencyType, regionCode: string | null): Promise<void> {
  const field = { fields: [{ field: 'regionCode' }] };
  if (REGIONAL_AGENCY_TYPES.includes(type) && !regionCode) {
    throw errors.validation({ id: 'Instansi jenis ini wajib memiliki kode wilayah.', en: 'An agency of this type needs a region code.' }, field);
  }
  if (!regionCode) return;
  const region = await regionExists(db, regionCode);
  if (!region) throw errors.validation({ id: `Kode wilayah ${regionCode} tidak dikenal.`, en: `Unknown region code ${regionCode}.` }, field);
  if (type === 'provinsi' && region.level !== 'province') {
    throw errors.validation({ id: 'Pemerintah provinsi harus memakai kode provinsi (2 digit).', en: 'A provincial government needs a province code (2 digits).' }, field);
  }
  if ((type === 'kabupaten' || type === 'kota') && region.level !== 'regency') {
    throw errors.validation(
      { id: 'Pemerintah kabupaten/kota harus memakai kode kabupaten/kota (mis. 35.78).', en: 'A regency/city government needs a regency/city code (e.g. 35.78).' },
      field,
    );
  }
}

export async function createAgency({ db, actor }: RequestContext, input: { name: string; type: AgencyType; regionCode?: string | null }): Promise<AgencyView> {
  const regionCode = input.regionCode ?? null;
  await checkRegion(db, input.type, regionCode);
  if (await agencyNameTaken(db, input.name)) {
    throw errors.conflict('AGENCY_NAME_TAKEN', { id: 'Nama instansi sudah terdaftar.', en: 'An agency with this name already exists.' }, { fields: [{ field: 'name' }] });
  }
  const id = await db.transaction().execute(async (trx) => {
    const created = await insertAgency(trx, { name: input.name, type: input.type, regionCode });
    await appendAudit(trx, actor, { action: 'agency.create', entityType: 'agency', entityId: created, after: { ...input, regionCode } });
    return created;
  });
  return (await findAgencyView(db, id))!;
}

export async function updateAgency({ db, actor }: RequestContext, id: string, patch: { name?: string; regionCode?: string | null; active?: boolean }): Promise<AgencyView> {
  const existing = await findAgencyView(db, id);
  if (!existing) throw errors.notFound(AGENCY);
  if (patch.regionCode !== undefined) await checkRegion(db, existing.type, patch.regionCode);
  if (patch.name && (await agencyNameTaken(db, patch.name, id))) {
    throw errors.conflict('AGENCY_NAME_TAKEN', { id: 'Nama instansi sudah terdaftar.', en: 'An agency with this name already exists.' }, { fields: [{ field: 'name' }] });
  }
  await db.transaction().execute(async (trx) => {
    await updateAgencyRow(trx, id, patch);
    await appendAudit(trx, actor, {
      action: patch.active === false ? 'agency.deactivate' : 'agency.update',
      entityType: 'agency',
      entityId: id,
      before: { name: existing.name, regionCode: existing.regionCode, active: existing.active },
      after: patch,
    });
  });
  return (await findAgencyView(db, id))!;
}

/** For other modules' demo seeders and imports: an organisation's id by exact name, or a region's government by code and type. */
export function findAgencyId(db: DbOrTrx, by: { name: string } | { regionCode: string; type: AgencyType }): Promise<string | undefined> {
  return selectAgencyId(db, by);
}

/** For imports: every organisation of the directory (read model). */
export function agencyDirectory(db: DbOrTrx): Promise<AgencyView[]> {
  return selectDirectory(db);
}

/**
 * For caches of the directory: a value that changes with every write to agencies or regions (any
 * process), or null while such a write is uncommitted (read, but keep nothing).
 */
export function directoryGeneration(db: DbOrTrx): Promise<string | null> {
  return readDirectoryGeneration(db);
}

/**
 * For another module's transaction (the ministry's historical import creates the organisations a
 * file names that the directory lacks): the same checks as createAgency, audited, committed or
 * rolled back with the caller's change.
 */
export async function createAgencyInTransaction(trx: Trx, actor: Actor, input: { name: string; type: AgencyType; regionCode: string | null }, via: string): Promise<string> {
  await checkRegion(trx, input.type, input.regionCode);
  if (await agencyNameTaken(trx, input.name)) {
    throw errors.conflict(
      'AGENCY_NAME_TAKEN',
      { id: `Nama instansi "${input.name}" sudah terdaftar.`, en: `An agency named "${input.name}" already exists.` },
      { fields: [{ field: 'name' }] },
    );
  }
  const id = await insertAgency(trx, input);
  await appendAudit(trx, actor, { action: 'agency.create', entityType: 'agency', entityId: id, after: { ...input, via } });
  return id;
}
