import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { Database } from '../../../db/schema.js';
import type { CreateCompetitionInput } from '../schemas.js';
import { createCompetition, moveCompetition } from '../service.js';
import { competitionNameTaken } from '../repository.js';
import { covid2020 } from './covid-2020.js';
import { kipp2026 } from './kipp-2026.js';

/**
 * Demo competitions, through the same service the ministry's screens use (so they are validated
 * and audited): KIPP 2026 open for registration, and the 2020 COVID-19 call as archived history.
 * Idempotent: a competition already there (same name and year) is left alone.
 */
export async function seedDemoCompetitions(db: Kysely<Database>, now = new Date()): Promise<void> {
  const ctx = { db, actor: SYSTEM_ACTOR, user: null, now };
  const calls: [CreateCompetitionInput, 'published' | 'archived'][] = [
    [kipp2026(now), 'published'],
    [covid2020(), 'archived'],
  ];
  for (const [input, status] of calls) {
    if (await competitionNameTaken(db, input.name, input.year)) continue;
    const created = await createCompetition(ctx, input);
    await moveCompetition(ctx, created.id, 'published');
    if (status === 'archived') await moveCompetition(ctx, created.id, 'archived');
  }
}
