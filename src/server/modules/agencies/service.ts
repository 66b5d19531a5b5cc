import type { Kysely } from 'kysely';
import { type AgencyType, REGIONAL_AGENCY_TYPES } from '../../../common/agency-types.js';
import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import { agencyNameTaken, findAgencyView, listAgencies, regionExists } from './repository.js';
import type { AgencyView } from './schemas.js';

const AGENCY = { id: 'Instansi', en: 'Agency' };

export { listAgencies };

/** For other modules: the agency, or undefined. */
export function findAgency(db: Kysely<Database>, id: string): Promise<AgencyView | undefined> {
  return findAgencyView(db, id);
}

export function listAgenciesPage(
  db: Kysely<Database>,
  query: { q?: string; type?: AgencyType; province?: string; active?: boolean; page: number; pageSize: number },
) {
  return listAgencies(db, { ...query, ...pageBounds(query.page, query.pageSize) });
}

/** A regional government must sit on a region of its own level (provinsi → province, kota → a city). */
async function checkRegion(db: Kysely<Database>, type: AgencyType, regionCode: string | null): Promise<void> {
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
    throw errors.validation({ id: 'Pemerintah kabupaten/kota harus memakai kode kabupaten/kota (mis. 35.78).', en: 'A regency/city government needs a regency/city code (e.g. 35.78).' }, field);
  }
}

export async function createAgency(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; type: AgencyType; regionCode?: string | null },
): Promise<AgencyView> {
  const regionCode = input.regionCode ?? null;
  await checkRegion(db, input.type, regionCode);
  if (await agencyNameTaken(db, input.name)) {
    throw errors.conflict('AGENCY_NAME_TAKEN', { id: 'Nama instansi sudah terdaftar.', en: 'An agency with this name already exists.' }, { fields: [{ field: 'name' }] });
  }
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('agencies').values({ name: input.name, type: input.type, region_code: regionCode }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'agency.create', entityType: 'agency', entityId: row.id, after: { ...input, regionCode } });
    return row.id;
  });
  return (await findAgencyView(db, id))!;
}

export async function updateAgency(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: { name?: string; regionCode?: string | null; active?: boolean },
): Promise<AgencyView> {
  const existing = await findAgencyView(db, id);
  if (!existing) throw errors.notFound(AGENCY);
  if (patch.regionCode !== undefined) await checkRegion(db, existing.type, patch.regionCode);
  if (patch.name && (await agencyNameTaken(db, patch.name, id))) {
    throw errors.conflict('AGENCY_NAME_TAKEN', { id: 'Nama instansi sudah terdaftar.', en: 'An agency with this name already exists.' }, { fields: [{ field: 'name' }] });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('agencies')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.regionCode !== undefined ? { region_code: patch.regionCode } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
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
