import { createHash, randomBytes } from 'node:crypto';

/**
 * Prepares a deadline surge in plain SQL through `query` (the benchmark's raw driver, or a
 * standalone connection): one open KIPP-style call, `count` agencies each with a coordinator, a
 * live session, a catalog innovation and one proposal marked ready with complete answers. Arrays
 * travel as JSON text so the same statements run on PostgreSQL and PGlite drivers.
 */
export type Query = <T = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]) => Promise<T[]>;

export interface SurgeEntrant {
  proposalId: string;
  sessionToken: string;
  csrfToken: string;
}

export interface SurgeSetup {
  runId: string;
  competitionId: string;
  numberPrefix: string;
  entrants: SurgeEntrant[];
}

const token = () => randomBytes(32).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export async function prepareSurge(query: Query, count: number): Promise<SurgeSetup> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const numberPrefix = `SURGE${runId}`.toUpperCase();
  const [competition] = await query<{ id: string }>(
    `insert into competitions (kind, name, year, participant_types, sdg_required, grace_minutes, status)
     values ('kipp', $1, 2026, '{kota,kabupaten,provinsi}', true, 5, 'published') returning id`,
    [`Lonjakan batas waktu ${runId}`],
  );
  const competitionId = competition!.id;
  const [group] = await query<{ id: string }>(
    `insert into competition_groups (competition_id, code, name, position, min_innovation_age_months, excluded_award_levels, max_proposals_per_agency)
     values ($1, 'umum', 'Umum', 1, 12, '{top_5,top_45}', 10) returning id`,
    [competitionId],
  );
  const [category] = await query<{ id: string }>(
    `insert into competition_categories (competition_id, code, name, position) values ($1, 'kesehatan', 'Kesehatan', 1) returning id`,
    [competitionId],
  );
  const questions = await query<{ id: string; position: number }>(
    `insert into competition_questions (competition_id, position, title, required, word_limit, answer_type)
     values ($1, 1, 'Ringkasan inovasi', true, 200, 'long_text'), ($1, 2, 'Hasil dan dampak', true, 500, 'long_text'), ($1, 3, 'Keterkaitan SDGs', true, null, 'sdg_list')
     returning id, position`,
    [competitionId],
  );
  const q = Object.fromEntries(questions.map((r) => [r.position, r.id]));
  await query(
    `insert into competition_stages (competition_id, kind, name, starts_at, ends_at, position)
     values ($1, 'registration', 'Pendaftaran', now() - interval '1 day', now() + interval '2 hours', 1)`,
    [competitionId],
  );

  const like = `Instansi Lonjakan ${runId} %`;
  await query(`insert into agencies (name, type, region_code) select 'Instansi Lonjakan ' || $1 || ' ' || g, 'kota', '35.78' from generate_series(1, $2::int) g`, [runId, count]);
  const users = await query<{ id: string; agency_id: string }>(
    `insert into users (email, name, role, agency_id)
     select 'lonjakan-' || $1 || '-' || a.id || '@bench.simpul.test', 'Koordinator ' || a.name, 'agency_admin', a.id
     from agencies a where a.name like $2 returning id, agency_id`,
    [runId, like],
  );
  const sessions = await createLiveSessions(
    query,
    users.map((u) => u.id),
  );
  await query(
    `insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
     select a.id, '35.78', 'Inovasi layanan terpadu ' || a.name, 'Layanan terpadu yang memangkas waktu tunggu warga.', date '2021-01-01',
       (select min(id) from innovation_categories), '{3}', 'published', now()
     from agencies a where a.name like $1`,
    [like],
  );
  const proposals = await query<{ id: string; owner_id: string }>(
    `insert into proposals (number, competition_id, group_id, category_id, innovation_id, applicant_kind, agency_id, owner_id, participant_type, title, sdgs, status)
     select $1 || '-' || lpad((row_number() over (order by a.id))::text, 6, '0'), $2, $3, $4, i.id, 'agency', a.id, u.id, 'kota', i.title, '{3,10}', 'ready'
     from agencies a join innovations i on i.agency_id = a.id join users u on u.agency_id = a.id
     where a.name like $5 returning id, owner_id`,
    [numberPrefix, competitionId, group!.id, category!.id, like],
  );
  await query(
    `insert into proposal_answers (proposal_id, question_id, value, text_value, word_count)
     select p.id, $2::uuid, to_jsonb(t.txt), t.txt, 24 from proposals p,
       lateral (select 'Layanan ' || p.number || ' memangkas antrean pelayanan dari tiga hari menjadi satu jam dengan pendaftaran daring, jemput bola ke desa, dan pesan singkat pengingat.' as txt) t
     where p.competition_id = $1
     union all
     select p.id, $3::uuid, to_jsonb(t.txt), t.txt, 22 from proposals p,
       lateral (select 'Sejak ' || p.number || ' berjalan, kunjungan naik dua kali lipat dan keluhan warga turun separuh menurut survei kepuasan tahunan dinas.' as txt) t
     where p.competition_id = $1
     union all
     select p.id, $4::uuid, '[3, 10]'::jsonb, '', 0 from proposals p where p.competition_id = $1`,
    [competitionId, q[1], q[2], q[3]],
  );
  const byOwner = new Map(proposals.map((p) => [p.owner_id, p.id]));
  return {
    runId,
    competitionId,
    numberPrefix,
    entrants: sessions.map((s) => ({ proposalId: byOwner.get(s.userId)!, sessionToken: s.sessionToken, csrfToken: s.csrfToken })),
  };
}

/** A signed-in session per user (cookie token and CSRF token), as a sign-in would store it: only the token's hash. */
export async function createLiveSessions(query: Query, userIds: readonly string[]): Promise<{ userId: string; sessionToken: string; csrfToken: string }[]> {
  const sessions = userIds.map((userId) => ({ userId, sessionToken: token(), csrfToken: token() }));
  await query(
    `insert into sessions (id_hash, user_id, csrf_token, last_seen_at, expires_at)
     select s.id_hash, s.user_id::uuid, s.csrf_token, now(), now() + interval '1 day'
     from json_to_recordset($1::json) as s(id_hash text, user_id text, csrf_token text)`,
    [JSON.stringify(sessions.map((s) => ({ id_hash: sha256(s.sessionToken), user_id: s.userId, csrf_token: s.csrfToken })))],
  );
  return sessions;
}
