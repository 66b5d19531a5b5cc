import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/harness/results.js';

/**
 * A tiny run of `npm run bench` end to end (the real CLI, a real server process, the data set
 * generator at `tiny` size, one-second loads) on the database this suite runs against: it proves
 * the harness works, not how fast anything is. Speed is judged by `npm run bench`, never here.
 */
const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-test-'));

describe(`tiny benchmark run (${engine})`, () => {
  afterAll(() => fs.rmSync(resultsDir, { recursive: true, force: true }));

  it('measures the scenarios with their ceilings and writes JSON and Markdown results', () => {
    const env = { ...process.env, BENCH_DATABASE_URL: process.env.TEST_DATABASE_URL ?? '' };
    const scenarios = 'dataset-load,catalog-search,innovation-page,login,server-memory,evaluation-assignment';
    const args = ['--import', 'tsx', 'bench/run.ts', '--tiny', '--engines', engine, '--only', scenarios, '--results-dir', resultsDir];
    const first = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 240_000 });
    expect(first.status, `${first.stdout}\n${first.stderr}`).toBe(0);

    const files = fs.readdirSync(resultsDir);
    const jsonFile = files.find((f) => f.endsWith('.json'))!;
    expect(files).toContain(jsonFile.replace(/\.json$/, '.md'));
    const results = JSON.parse(fs.readFileSync(path.join(resultsDir, jsonFile), 'utf8')) as BenchResults;
    expect(results.mode).toBe('tiny');
    const ran = (id: string) => results.scenarios.find((s) => s.id === id && (s.engine === engine || s.engine === null))!;
    for (const id of scenarios.split(',')) expect(ran(id)?.error, id).toBeUndefined();

    const search = ran('catalog-search');
    const p50 = search.metrics.find((m) => m.name === 'latency p50')!;
    expect(p50.value).toBeGreaterThan(0);
    expect(p50.ceilings?.map((c) => c.kind)).toEqual(['framework', 'database']);
    expect(search.metrics.find((m) => m.name.startsWith('throughput'))!.value).toBeGreaterThan(0);
    expect(
      ran('login')
        .metrics.find((m) => m.name === 'latency p50')!
        .ceilings?.map((c) => c.kind),
    ).toEqual(['framework']);
    expect(ran('server-memory').metrics.find((m) => m.name === 'peak RSS')!.value).toBeGreaterThan(10);
    expect(ran('evaluation-assignment').metrics.find((m) => m.name.startsWith('improving cycle'))!.value).toBe(0);
    expect(ran('dataset-load').metrics.find((m) => m.name === 'total load')!.value).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(resultsDir, jsonFile.replace(/\.json$/, '.md')), 'utf8')).toContain('framework');
    expect(results.comparison?.previousFile).toBeNull();
  }, 300_000);
});
