/**
 * Where an uncached catalog search spends its time, statement by statement (issue #13.6): runs
 * the first N distinct queries of the benchmark's realistic stream (bench/relevance/query-stream.ts)
 * through searchCatalog on a loaded national data set, each once right after the search
 * generation was bumped (so every answer is computed), and sums the statements' durations by
 * kind (Kysely's log hook). Not a test: a tool for tuning; `npm run bench` owns the figures.
 *
 * Usage: DATABASE_URL=<url> or DATA_DIR=<dir> node --import tsx test/catalog/profile-search-statements.ts [queries]
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { queryStream } from '../../bench/relevance/query-stream.js';
import { PGLITE_EXTENSIONS, pgliteSharedBuffers, pgliteStartParams } from '../../src/server/db/client.js';
import type { Database } from '../../src/server/db/schema.js';
import { searchQuery } from '../../src/server/modules/catalog/schemas.js';
import { searchCatalog } from '../../src/server/modules/catalog/search-service.js';

const KINDS: Array<[string, RegExp]> = [
  ['generation', /catalog_search_generation/],
  ['explain (estimate)', /^explain/],
  ['vocabulary', /search_vocabulary/],
  ['synonyms', /from "search_synonyms"/],
  ['facet sample in memory (per generation)', /json_agg\(json_build_array\(i\.id/],
  ['category sizes (per generation)', /^select category_id, count\(\*\)/],
  ['sample hits', /^select string_agg\(i\.id::text, ','\)/],
  ['facets (sample)', /with r as materialized.*and i\.id <= /s],
  ['population count', /^select count\(\*\)::text as n from innovation_search i where/],
  ['facets (matches)', /with r as materialized/],
  ['tier page', /^select i\.id from innovation_search i where true and .*order by i\.start_date desc, i\.id limit/s],
  ['tier skip count', /^select count\(\*\)::text as n from \(select 1 from innovation_search/],
  ['ranked page', /order by \(/],
  ['cards', /left\(i\.summary/],
  ['card awards', /from innovation_awards where innovation_id in/],
  ['card replications', /from innovation_replications where innovation_id in/],
  ['campaign marks', /update_campaign|campaign/],
];

const timings = new Map<string, { n: number; ms: number }>();
let perRequest = 0;
const slowest: Array<{ ms: number; kind: string; parameters: readonly unknown[] }> = [];
/** EXPLAIN=<query string>: the statements of that one search, each with EXPLAIN (ANALYZE, BUFFERS). */
const explainOne = process.env.EXPLAIN;
const recorded: Array<{ sql: string; parameters: readonly unknown[] }> = [];
function onLog(event: LogEvent): void {
  if (explainOne !== undefined) recorded.push({ sql: event.query.sql, parameters: event.query.parameters });
  const text = event.query.sql.trim();
  const kind = KINDS.find(([, re]) => re.test(text))?.[0] ?? `other: ${text.slice(0, 60).replace(/\s+/g, ' ')}`;
  slowest.push({ ms: event.queryDurationMillis, kind, parameters: event.query.parameters });
  const t = timings.get(kind) ?? { n: 0, ms: 0 };
  t.n += 1;
  t.ms += event.queryDurationMillis;
  timings.set(kind, t);
  perRequest += 1;
}

const count = Number(process.argv[2] ?? 200);
const url = process.env.DATABASE_URL;
let db: Kysely<Database>;
let engine: PGlite | undefined;
if (url) {
  db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }), log: onLog });
} else {
  const dbDir = path.join(process.env.DATA_DIR ?? 'data', 'pglite');
  engine = new PGlite(dbDir, { extensions: PGLITE_EXTENSIONS, startParams: pgliteStartParams(pgliteSharedBuffers(dbDir)) });
  db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(engine)) }), log: onLog });
}

if (explainOne !== undefined) {
  await sql`select nextval('catalog_search_generation')`.execute(db);
  await searchCatalog(db, searchQuery.parse(Object.fromEntries(new URLSearchParams(explainOne))));
  await sql`select nextval('catalog_search_generation')`.execute(db);
  recorded.length = 0;
  await searchCatalog(db, searchQuery.parse(Object.fromEntries(new URLSearchParams(explainOne))));
  const raw = url ? new pg.Client({ connectionString: url }) : undefined;
  await raw?.connect();
  for (const statement of recorded.filter((r) => !r.sql.trim().startsWith('explain'))) {
    const text = `explain (analyze, buffers) ${statement.sql}`;
    const values = [...statement.parameters];
    const rows = raw ? (await raw.query(text, values as unknown[])).rows : (await engine!.query(text, values as unknown[])).rows;
    console.log(`\n=== ${statement.sql.replace(/\s+/g, ' ').slice(0, 300)}\n    params ${JSON.stringify(statement.parameters).slice(0, 200)}`);
    for (const r of rows as Array<Record<string, string>>) console.log(`  ${Object.values(r)[0]}`);
  }
  await raw?.end();
  await db.destroy();
  await engine?.close();
  process.exit(0);
}
const { distinct } = queryStream(20140515, 3000, 1);
const queries = distinct.slice(0, count);
const statements: number[] = [];
const wall: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < 2; round++) {
  if (round === 1) {
    timings.clear();
    slowest.length = 0;
  }
  for (const q of queries) {
    await sql`select nextval('catalog_search_generation')`.execute(db);
    perRequest = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await searchCatalog(db, searchQuery.parse(q));
    if (round === 1) {
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      statements.push(perRequest);
    }
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const totalMs = [...timings.values()].reduce((s, t) => s + t.ms, 0);
console.log(`${url ? 'postgres' : 'pglite'}: ${queries.length} uncached searches (second pass), wall p50/p95 ${pct(wall, 50).toFixed(1)} / ${pct(wall, 95).toFixed(1)} ms`);
console.log(`  statements per search p50/max ${pct(statements, 50)} / ${Math.max(...statements)}; process CPU p50 ${pct(cpu, 50).toFixed(1)} ms`);
for (const [kind, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`  ${kind.padEnd(70)} ${String(t.n).padStart(6)}× ${(t.ms / queries.length).toFixed(2).padStart(8)} ms/search ${((100 * t.ms) / totalMs).toFixed(1).padStart(5)} %`);
}
console.log('slowest statements:');
for (const st of slowest.sort((a, b) => b.ms - a.ms).slice(0, 12))
  console.log(`  ${st.ms.toFixed(1).padStart(7)} ms ${st.kind.slice(0, 40)} ${JSON.stringify(st.parameters).slice(0, 120)}`);
console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await db.destroy();
await engine?.close();
