/**
 * Writes docs/RELIABILITY.md from the reports the robustness runs leave in .tmp/robustness/
 * (fuzz-*.json, crash-*.json, instances.json, backup-*.json). Run by `npm run robustness` after
 * the long runs; figures from a shorter run (`npm test`) can be written the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = path.resolve(process.env.ROBUSTNESS_REPORT_DIR ?? '.tmp/robustness');
const read = <T>(name: string): T | null => {
  const file = path.join(dir, `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
};

interface Fuzz {
  seed: number;
  runsPerRoute: number;
  requests: number;
  refusalsChecked: number;
  readsChecked: number;
  writesAccepted: number;
  byStatus: Record<string, number>;
  byFlavour: Record<string, number>;
  routes: number;
  identities: number;
}
interface Crash {
  byWorkload?: Record<string, { acknowledged: number; verified: number }>;
  kills: number;
  postgresCrashes: number;
  writesAttempted: number;
  writesAcknowledged: number;
  writesVerified: number;
  committedUnacknowledged: number;
  auditEntries: number;
  auditChainOk: boolean;
  problems: string[];
  durationMs: number;
}
interface Instances {
  sessionSharedAcrossInstances: boolean;
  writesAttempted: number;
  writesAcknowledged: number;
  writesVerified: number;
  committedUnacknowledged: number;
  failedBeforeKill: number;
  failedAroundKill: number;
  failedAfterKill: number;
  requestsServedAfterKill: number;
  auditChainOk: boolean;
  problems: string[];
}
interface Concurrency {
  parallel: number;
  routes: number;
  routesCovered: number;
  routesCappedByTime: number;
  requests: number;
  serverErrors: number;
  byStatus: Record<string, number>;
}
interface Backup {
  tables: number;
  rows: number;
  identical: boolean;
}

const n = (value: number) => value.toLocaleString('en');
const plural = (count: number, noun: string) => `${n(count)} ${noun}${count === 1 ? '' : 's'}`;
const fuzz = { PGlite: read<Fuzz>('fuzz-pglite'), PostgreSQL: read<Fuzz>('fuzz-postgres') };
const crash = { PGlite: read<Crash>('crash-pglite'), PostgreSQL: read<Crash>('crash-postgres') };
const instances = read<Instances>('instances');
const concurrency = { PGlite: read<Concurrency>('concurrency-pglite'), PostgreSQL: read<Concurrency>('concurrency-postgres') };
const backup = { PGlite: read<Backup>('backup-pglite'), PostgreSQL: read<Backup>('backup-postgres') };

const lines: string[] = [
  '# Reliability',
  '',
  '<!-- Written by `npm run robustness` (scripts/robustness/write-reliability-doc.ts) from the reports of the runs. -->',
  '',
  `Measured on ${new Date().toISOString().slice(0, 10)} on this project's machine (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}),`,
  'with PGlite (the embedded database) and PostgreSQL 15 from Debian. `npm test` runs the same checks with',
  'smaller budgets on every change; `npm run robustness` runs the long versions and rewrites this page.',
  '',
  '## Summary',
  '',
];
const totalFuzz = Object.values(fuzz).reduce((s, f) => s + (f?.requests ?? 0), 0);
const totalKills = Object.values(crash).reduce((s, c) => s + (c?.kills ?? 0), 0) + (instances ? 1 : 0);
const totalVerified = Object.values(crash).reduce((s, c) => s + (c?.writesVerified ?? 0), 0) + (instances?.writesVerified ?? 0);
const totalAcked = Object.values(crash).reduce((s, c) => s + (c?.writesAcknowledged ?? 0), 0) + (instances?.writesAcknowledged ?? 0);
const problems = [...Object.values(crash), instances].reduce((s, c) => s + (c?.problems.length ?? 0), 0);
lines.push(
  `- **${n(totalFuzz)} generated requests** against every API route, as an anonymous visitor and every role: no 5xx, every refusal in the error shape, no refusal or read changed a table.`,
  `- **${n(totalKills)} server processes killed with SIGKILL** in the middle of a surge of writes (${crash.PostgreSQL?.postgresCrashes ?? 0} times PostgreSQL crashed with them): **${n(totalVerified)} of ${n(totalAcked)} acknowledged writes** found exactly once and complete afterwards; audit chains intact; ${problems === 0 ? '**nothing lost, nothing half-written**' : `**${problems} problems** (see below)`}.`,
  `- Backups restored with every table's row count and checksum identical: ${Object.entries(backup)
    .map(([db, b]) => (b ? `${db} ${b.identical ? 'identical' : 'DIFFERENT'} (${n(b.tables)} tables, ${n(b.rows)} rows)` : `${db} not run`))
    .join('; ')}.`,
  '',
  '## Fuzzing every route (`test/robustness/fuzz.test.ts`)',
  '',
  'Requests are generated with fast-check from the OpenAPI document (itself generated from the zod schemas),',
  'so routes added later are covered without new code: valid, boundary (exact and off-by-one limits, blank and',
  'padded strings), invalid (wrong types, missing and unknown fields, over-long, pattern-breaking, prototype keys)',
  'and malformed transport (broken JSON, wrong content types, deep nesting, path traversal and over-long path',
  'parameters, odd headers); markup, SQL fragments, NUL bytes and odd Unicode in every text. After each refused',
  'request and each read, a checksum of every table must be unchanged (a moved transaction id triggers the full',
  'comparison).',
  '',
  '| Database | Routes | Callers | Runs per permitted route | Requests | Refusals checked | Reads checked | Writes accepted | 5xx |',
  '|---|---|---|---|---|---|---|---|---|',
);
for (const [db, f] of Object.entries(fuzz)) {
  if (!f) continue;
  const fivexx = Object.entries(f.byStatus)
    .filter(([s]) => Number(s) >= 500)
    .reduce((s, [, c]) => s + c, 0);
  lines.push(
    `| ${db} | ${f.routes} | ${f.identities} | ${f.runsPerRoute} | ${n(f.requests)} | ${n(f.refusalsChecked)} | ${n(f.readsChecked)} | ${n(f.writesAccepted)} | ${fivexx} |`,
  );
}
const anyFuzz = fuzz.PostgreSQL ?? fuzz.PGlite;
if (anyFuzz) {
  lines.push(
    '',
    `Status codes (${fuzz.PostgreSQL ? 'PostgreSQL' : 'PGlite'} run): ${Object.entries(anyFuzz.byStatus)
      .map(([s, c]) => `${s}: ${n(c)}`)
      .join(', ')}.`,
  );
  lines.push(
    `Request kinds: ${Object.entries(anyFuzz.byFlavour)
      .map(([s, c]) => `${s} ${n(c)}`)
      .join(', ')}.`,
  );
}
lines.push(
  '',
  'Holes the fuzzer found and that were fixed: router-level errors (an over-long path parameter, a malformed',
  'percent-encoding) were answered outside the error shape and without security headers; a NUL byte in any text',
  'and an out-of-range number reaching the database were answered 500 instead of 400.',
  '',
  ...concurrencySection(),
  '## Crash safety (`scripts/robustness/crash-test.ts`)',
  '',
  'A real server process (`src/server/main.ts`) takes a surge of concurrent writes — account creation (the account,',
  'its invitation, the e-mail in the outbox and the audit entry, one transaction), agency registration (row and',
  'audit entry), proposal submission at a deadline (status, receipt e-mail, audit entry; entrants prepared by the',
  "deadline-surge benchmark's setup) and evaluators submitting score sheets in an open round (the sheet with its",
  'weighted total and the audit entry; the check also recomputes each stored total from the values sent) — and is',
  'killed with SIGKILL at a random moment, then restarted. After the restart the audit chain',
  'must verify; at the end every acknowledged write must be present exactly once with all its parts, a write that',
  'was in flight may be present only whole, and nothing may be half-written. PostgreSQL runs with `fsync`,',
  '`synchronous_commit` and `full_page_writes` on, and on every other round is itself crashed (immediate stop, WAL',
  'recovery on start). Killing processes cannot show what an operating-system crash or power loss would do to',
  'unsynced pages; that is what `fsync=on` is for and is not simulated here.',
  '',
  '| Database | Kills | PostgreSQL crashes | Writes sent | Acknowledged | Verified exactly once, complete | In-flight writes that committed (complete) | Audit entries | Chain | Problems |',
  '|---|---|---|---|---|---|---|---|---|---|',
);
const workloadLines: string[] = [];
for (const [db, c] of Object.entries(crash)) {
  if (!c?.byWorkload) continue;
  workloadLines.push(
    `- ${db}: ${Object.entries(c.byWorkload)
      .map(([name, w]) => `${name} ${n(w.verified)}/${n(w.acknowledged)}`)
      .join(', ')} verified.`,
  );
}
for (const [db, c] of Object.entries(crash)) {
  if (!c) continue;
  lines.push(
    `| ${db} | ${c.kills} | ${c.postgresCrashes} | ${n(c.writesAttempted)} | ${n(c.writesAcknowledged)} | ${n(c.writesVerified)} | ${c.committedUnacknowledged} | ${n(c.auditEntries)} | ${c.auditChainOk ? 'intact' : 'BROKEN'} | ${c.problems.length} |`,
  );
}
if (workloadLines.length > 0) lines.push('', 'Per kind of write:', '', ...workloadLines);
lines.push('', '## Several instances (`scripts/robustness/instances-test.ts`)', '');
if (instances) {
  lines.push(
    'Two app processes on one PostgreSQL behind Debian\'s nginx on loopback (configuration in README, "Running at scale").',
    '',
    `- A session made on one instance works on the other: **${instances.sessionSharedAcrossInstances ? 'yes' : 'no'}**.`,
    `- One instance killed with SIGKILL in the middle of a write load through nginx: ${plural(instances.failedBeforeKill + instances.failedAroundKill, 'request')} in flight at the kill or sent within a second of it failed (502, not acknowledged), ` +
      `**${instances.failedAfterKill} sent later failed**; the survivor served ${n(instances.requestsServedAfterKill)} requests after the kill.`,
    `- ${n(instances.writesVerified)} of ${n(instances.writesAcknowledged)} acknowledged writes verified exactly once and complete (${instances.committedUnacknowledged} in-flight writes committed whole); audit chain ${instances.auditChainOk ? 'intact' : 'BROKEN'}.`,
    "- The load mixes all four kinds of write above (each submission and score sheet in its own evaluator's or coordinator's session).",
    '- nginx resends a failed request to the other instance only for idempotent methods (no `non_idempotent` in `proxy_next_upstream`): a',
    '  POST is never doubled. A PUT may be resent after the first instance committed it, so PUT routes replace state',
    '  whole, and every PUT writes and audits nothing (answering as the first did) when what it would store equals what is',
    '  stored: the score sheet (the PUT under load; found by this run, `--workloads scores --writers 16`, once in eight runs:',
    "  before, a resent sheet got a second audit entry), a round's criteria and evaluator pool, field visits, redacted copies,",
    "  panel decisions, and a competition's groups, categories, questions and stages.",
  );
} else lines.push('Not run.');
lines.push(
  '',
  '## Backup and restore (`npm run backup`, `npm run restore`)',
  '',
  "Round trip of a database holding the demo data set and an uploaded file; restore compares every table's row count",
  "and checksum with the backup's manifest and refuses to overwrite a database that holds data without `--force`.",
  '',
  '| Database | Format | Tables | Rows | Identical after restore |',
  '|---|---|---|---|---|',
);
for (const [db, b] of Object.entries(backup)) {
  if (!b) continue;
  lines.push(
    `| ${db} | ${db === 'PGlite' ? 'PGlite data-folder archive (`database.tar.gz`)' : 'pg_dump custom format (`database.dump`)'} | ${b.tables} | ${n(b.rows)} | ${b.identical ? 'yes' : 'NO'} |`,
  );
}
const allProblems = [...Object.entries(crash).flatMap(([db, c]) => (c?.problems ?? []).map((p) => `${db}: ${p}`)), ...(instances?.problems ?? []).map((p) => `instances: ${p}`)];
if (allProblems.length > 0) lines.push('', '## Problems found', '', ...allProblems.map((p) => `- ${p}`));
// Sections measured elsewhere (e.g. by a bench scenario) sit between `<!-- kept -->` and
// `<!-- /kept -->` in the current page and are carried over as they are.
const current = fs.existsSync('docs/RELIABILITY.md') ? fs.readFileSync('docs/RELIABILITY.md', 'utf8') : '';
for (const kept of current.match(/<!-- kept -->[\s\S]*?<!-- \/kept -->/g) ?? []) lines.push('', kept);
lines.push(
  '',
  '## Reproduce',
  '',
  '```sh',
  'npm run robustness                 # everything below, long versions, then rewrites this page',
  'FUZZ_RUNS=50 npx vitest run test/robustness/fuzz.test.ts            # fuzz on PGlite (FUZZ_SEED=… replays)',
  'FUZZ_RUNS=50 bash scripts/with-postgres.sh npx vitest run test/robustness/fuzz.test.ts',
  'npm run robustness:crash -- --database pglite,postgres --rounds 20 --writers 8',
  'npm run robustness:instances -- --writers 8 --load-ms 8000',
  '```',
  '',
);
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/RELIABILITY.md', lines.join('\n'));
console.log('docs/RELIABILITY.md written.');

/** The fuzzer's concurrency mode and the races it stands for (issue #12, "races as a class"). */
function concurrencySection(): string[] {
  const out = [
    '## Races as a class (`test/robustness/concurrency-fuzz.test.ts`, `test/robustness/races.test.ts`)',
    '',
    'For every state-changing route, one valid request sent 20 times at once, then 20 near-identical valid requests',
    "(same route and caller, other values drawn from the database's real ids) at once. It must never answer 5xx,",
    'refuse only in the error shape, and leave the audit chain intact. The invariants of a single request are stated',
    'per rule in focused tests that send 20 requests at once: one score sheet per evaluator and proposal stored and',
    'audited once, a submitted sheet never overwritten by a draft saved at the same moment, one redacted copy audited',
    "once (`races.test.ts`); caps per agency, double submission and objection limits (their modules' tests).",
    '',
    '| Database | State-changing routes | Covered | Requests | 5xx |',
    '|---|---|---|---|---|',
  ];
  for (const [db, c] of Object.entries(concurrency)) {
    if (c)
      out.push(
        `| ${db} | ${c.routes} | ${c.routesCovered}${c.routesCappedByTime > 0 ? ` (${c.routesCappedByTime} left by the time budget)` : ''} | ${n(c.requests)} | ${c.serverErrors} |`,
      );
  }
  out.push(
    '',
    'Defects found and fixed (each confirmed failing on PostgreSQL before the fix): 20 identical saves of one score',
    'sheet wrote 5 audit entries instead of 1; a submission racing with drafts of the same sheet ended stored as a',
    'draft (the submission lost, and a locked sheet changed); 20 identical PUTs of one redacted copy wrote 5 audit',
    'entries; 20 starts of a proposal with "register the innovation on the way" for the last place under a cap of one',
    "left 1 proposal and 20 catalog innovations (19 strays; the catalog record is written before the proposal's",
    'transaction checks the cap under its lock). Saves of one sheet now take turns on its assignment row, copies on an',
    'advisory lock per proposal, and a refused start removes the innovation it registered (audited). A',
    'deadlock broken by PostgreSQL now answers 409 `RETRY` instead of 500.',
    '',
  );
  return out;
}
