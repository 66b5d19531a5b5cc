import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/audit/audit-log.js';
import { AppError } from '../../src/server/http/errors.js';
import { type CompetitionAward, recordCompetitionAwards } from '../../src/server/modules/catalog/awards-service.js';
import { buildAgency } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';
import { insertPublished } from './catalog-helpers.js';

/**
 * `recordCompetitionAwards`: the catalog's writer of competition awards, called by other modules
 * with their own transaction. Idempotent per (innovation, competition, level), refuses bad input
 * before writing anything, audits each award it writes, and rolls back with its caller.
 */
let t: TestApp;
let first: string;
let second: string;
const competition = randomUUID();
const actor: Actor = { userId: null, role: 'system', requestId: 'awards-test' };

const award = (innovationId: string, overrides: Partial<CompetitionAward> = {}): CompetitionAward => ({
  innovationId,
  competitionId: competition,
  level: 'top_99',
  year: 2026,
  label: 'Top 99 KIPP 2026',
  ...overrides,
});

async function record(awards: CompetitionAward[]) {
  return t.db.transaction().execute((trx) => recordCompetitionAwards(trx, actor, awards));
}

async function awardRows() {
  return t.db.selectFrom('innovation_awards').select(['innovation_id', 'competition_id', 'level', 'year', 'label']).orderBy('created_at').orderBy('level').execute();
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  t = await createTestApp();
  const agency = await buildAgency(t.db);
  first = await insertPublished(t.db, agency.id, { title: 'Layanan Antar Obat Puskesmas' });
  second = await insertPublished(t.db, agency.id, { title: 'Pengaduan Warga Lewat Pesan Singkat' });
});
afterAll(() => t.close());

describe('recordCompetitionAwards', () => {
  it('writes each award once, audits it on the innovation, and reports repeats within the call', async () => {
    const result = await record([award(first), award(second), award(first)]);
    expect(result.recorded.map((a) => a.innovationId)).toEqual([first, second]);
    expect(result.alreadyRecorded.map((a) => a.innovationId)).toEqual([first]);
    expect(await awardRows()).toHaveLength(2);

    const audits = await t.db.selectFrom('audit_log').select(['entity_type', 'entity_id', 'after', 'request_id']).where('action', '=', 'innovation.award').execute();
    expect(audits.map((a) => a.entity_id).sort()).toEqual([first, second].sort());
    expect(audits.every((a) => a.entity_type === 'innovation' && a.request_id === 'awards-test')).toBe(true);
    expect(audits[0]!.after).toMatchObject({ level: 'top_99', year: 2026, competitionId: competition });
  });

  it('ignores an award already on record, but records another level or another competition', async () => {
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const again = await record([award(first)]);
    expect(again).toEqual({ recorded: [], alreadyRecorded: [award(first)] });
    const after = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);

    const otherCompetition = randomUUID();
    const more = await record([
      award(first),
      award(first, { level: 'top_45', label: 'Top 45 KIPP 2026' }),
      award(first, { competitionId: otherCompetition, label: 'Top 99 KIPP Khusus' }),
    ]);
    expect(more.recorded.map((a) => `${a.level}/${a.competitionId}`)).toEqual([`top_45/${competition}`, `top_99/${otherCompetition}`]);
    expect(more.alreadyRecorded).toHaveLength(1);
    const rows = await awardRows();
    expect(
      rows
        .filter((r) => r.innovation_id === first)
        .map((r) => `${r.level}/${r.competition_id}`)
        .sort(),
    ).toEqual([`top_99/${competition}`, `top_45/${competition}`, `top_99/${otherCompetition}`].sort());
  });

  it('shows the recorded awards on the public innovation page', async () => {
    const page = await t.agent().get(`/api/innovations/${second}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().awards).toEqual([expect.objectContaining({ level: 'top_99', year: 2026, label: 'Top 99 KIPP 2026' })]);
  });

  it('refuses a bad level, year, label or innovation naming the field, and writes nothing of the call', async () => {
    const fingerprint = await databaseFingerprint(t.db);
    const third = award(second, { competitionId: randomUUID() });

    const level = await refusal(record([third, award(second, { level: 'top_1000' as CompetitionAward['level'] })]));
    expect(level.status).toBe(400);
    expect(level.code).toBe('VALIDATION_FAILED');
    expect(level.details).toMatchObject({ fields: [{ field: 'awards[1].level' }] });
    expect(level.text.id).toContain('awards[1].level');

    const year = await refusal(record([award(second, { year: 1999 })]));
    expect(year.details).toMatchObject({ fields: [{ field: 'awards[0].year' }] });
    const label = await refusal(record([award(second, { label: ' ' })]));
    expect(label.details).toMatchObject({ fields: [{ field: 'awards[0].label' }] });
    const unknown = await refusal(record([third, award(randomUUID())]));
    expect(unknown.details).toMatchObject({ fields: [{ field: 'awards[1].innovationId' }] });
    const notAnId = await refusal(record([award('bukan-uuid')]));
    expect(notAnId.details).toMatchObject({ fields: [{ field: 'awards[0].innovationId' }] });

    expect(await databaseFingerprint(t.db)).toEqual(fingerprint);
  });

  it("rolls back with the caller's transaction: no award and no audit entry survive", async () => {
    const fingerprint = await databaseFingerprint(t.db);
    const rolledBack = randomUUID();
    const failure = await t.db
      .transaction()
      .execute(async (trx) => {
        const result = await recordCompetitionAwards(trx, actor, [award(second, { competitionId: rolledBack })]);
        expect(result.recorded).toHaveLength(1);
        // Inside the transaction the award is visible...
        expect(await trx.selectFrom('innovation_awards').select('id').where('competition_id', '=', rolledBack).execute()).toHaveLength(1);
        // ...and the caller's next step fails.
        throw new Error('decree refused after the awards were written');
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(await databaseFingerprint(t.db)).toEqual(fingerprint);
    // Not being "already recorded", the same award is written by a later successful call.
    expect((await record([award(second, { competitionId: rolledBack })])).recorded).toHaveLength(1);
  });

  it('needs a transaction', async () => {
    await expect(recordCompetitionAwards(t.db as never, actor, [award(first)])).rejects.toThrow(/transaction/);
  });
});
