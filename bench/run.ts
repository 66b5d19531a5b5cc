/**
 * `npm run bench [-- --quick] [--engines pglite,postgres] [--only id,id] [--fail-on-regression]`
 * (`--tiny` is for the test suite: a few hundred innovations and one-second loads.)
 *
 * Runs every scenario on PGlite and on PostgreSQL (a throw-away server on loopback, or the one
 * in BENCH_DATABASE_URL, in which a fresh database is created and dropped), with the ceilings
 * measured in the same run, then writes bench/results/<timestamp>.json and .md and compares with
 * the previous results file of the same mode. See docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { datasetOptions } from './generator/dataset-options.js';
import { compareResults, findPreviousResults } from './harness/compare.js';
import { describeMachine } from './harness/machine.js';
import { renderMarkdown } from './harness/markdown.js';
import { type PreparedEngine, prepareEngine } from './harness/prepare-engine.js';
import type { BenchResults, Engine, ScenarioResult } from './harness/results.js';
import { runEngineScenarios, runStandalone } from './harness/run-scenarios.js';
import { FULL_PROFILE, QUICK_PROFILE, TINY_PROFILE } from './harness/scenario.js';
import { BenchServer } from './harness/server-handle.js';
import { ENGINE_SCENARIOS, STANDALONE_SCENARIOS } from './scenarios/index.js';
import { WEB_BUILD_DIR } from './scenarios/web-build.js';

const RESULTS_DIR = path.resolve('bench/results');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      tiny: { type: 'boolean', default: false },
      engines: { type: 'string', default: 'pglite,postgres' },
      only: { type: 'string' },
      'fail-on-regression': { type: 'boolean', default: false },
      'results-dir': { type: 'string', default: RESULTS_DIR },
    },
  });
  const mode: BenchResults['mode'] = values.tiny ? 'tiny' : values.quick ? 'quick' : 'full';
  const profile = { full: FULL_PROFILE, quick: QUICK_PROFILE, tiny: TINY_PROFILE }[mode];
  const dataset = datasetOptions(mode === 'full' ? 'national' : mode);
  const engines = values.engines!.split(',').map((e) => e.trim()) as Engine[];
  for (const e of engines) if (e !== 'pglite' && e !== 'postgres') throw new Error(`--engines: unknown engine ${e}`);
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  const wanted = <T extends { id: string }>(s: T) => !only || only.has(s.id);
  const engineScenarios = ENGINE_SCENARIOS.filter(wanted);
  // The data set load is itself a figure; with --only it runs when an engine scenario or it is asked for.
  const runEngines = engineScenarios.length > 0 || !only || only.has('dataset-load');
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const workDir = path.resolve('.tmp/bench', stamp);
  fs.mkdirSync(workDir, { recursive: true });
  const log = (message: string) => console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)}s] ${message}`);

  const results: BenchResults = {
    version: 1,
    mode,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    machine: describeMachine(),
    dataset: { seed: dataset.seed, innovations: dataset.innovations, proposalScale: dataset.proposalScale },
    engines: {},
    scenarios: [],
  };
  const cleanups: (() => Promise<void>)[] = [];
  // An interrupted run stops its server and databases and writes no results (they would be partial).
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    log('interrupted: stopping the server and databases; no results written');
    Promise.allSettled(cleanups.map((c) => c())).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const standaloneCtx = { profile, dataset, workDir, log };
  results.scenarios.push(
    ...(await runStandalone(
      STANDALONE_SCENARIOS.filter((s) => s.phase === 'before-engines' && wanted(s)),
      standaloneCtx,
    )),
  );
  const webDir = fs.existsSync(path.join(workDir, WEB_BUILD_DIR, 'index.html')) ? path.join(workDir, WEB_BUILD_DIR) : null;

  for (const engine of runEngines ? engines : []) {
    log(`${engine}: loading the national data set (${dataset.innovations.toLocaleString('en')} innovations, seed ${dataset.seed})`);
    let prepared: PreparedEngine | null = null;
    let server: BenchServer | null = null;
    try {
      prepared = await prepareEngine(engine, dataset, workDir, { serverUrl: process.env.BENCH_DATABASE_URL, log: (m) => log(`${engine}: ${m}`) });
      cleanups.push(prepared.dispose);
      results.engines[engine] = prepared.info;
      results.scenarios.push(datasetLoadResult(engine, prepared));
      server = await BenchServer.start({ databaseUrl: prepared.databaseUrl, dataDir: prepared.dataDir, webDir: webDir ?? undefined });
      const running = server;
      cleanups.push(() => running.stop());
      const startupRssBytes = (await server.memory()).rssBytes;
      results.scenarios.push(...(await runEngineScenarios(engineScenarios, { engine, server, profile, dataset, loaded: prepared.loaded, webDir, startupRssBytes, log })));
    } catch (error) {
      log(`${engine}: failed: ${error instanceof Error ? error.message : String(error)}`);
      results.scenarios.push({ id: 'dataset-load', title: 'National data set load', engine, metrics: [], error: String(error), durationMs: 0 });
    } finally {
      await server?.stop();
      await prepared?.dispose();
    }
  }
  results.scenarios.push(
    ...(await runStandalone(
      STANDALONE_SCENARIOS.filter((s) => s.phase !== 'before-engines' && wanted(s)),
      standaloneCtx,
    )),
  );
  results.finishedAt = new Date().toISOString();
  if (interrupted) return 130;

  const resultsDir = values['results-dir']!;
  fs.mkdirSync(resultsDir, { recursive: true });
  const previous = findPreviousResults(resultsDir, results, null);
  results.comparison = previous
    ? { previousFile: path.basename(previous.file), ...compareResults(previous.results, results) }
    : { previousFile: null, regressions: [], compared: 0 };
  const jsonFile = path.join(resultsDir, `${stamp}.json`);
  fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  fs.writeFileSync(jsonFile.replace(/\.json$/, '.md'), markdown);
  fs.rmSync(workDir, { recursive: true, force: true });
  console.log(`\n${markdown}`);
  log(`results: ${path.relative(process.cwd(), jsonFile)} (+ .md); ${results.comparison.regressions.length} regression(s) over 20%`);
  const failed = results.scenarios.filter((s) => s.error);
  if (failed.length > 0) log(`${failed.length} scenario run(s) failed: ${failed.map((f) => `${f.id}/${f.engine ?? '-'}`).join(', ')}`);
  return values['fail-on-regression'] && results.comparison.regressions.length > 0 ? 1 : failed.length > 0 ? 2 : 0;
}

function datasetLoadResult(engine: Engine, prepared: PreparedEngine): ScenarioResult {
  const t = prepared.loaded.timings;
  const innovations = prepared.loaded.counts.innovations ?? 0;
  return {
    id: 'dataset-load',
    title: 'National data set load (npm run seed:national)',
    engine,
    durationMs: t.total ?? 0,
    metrics: [
      { name: 'total load', value: (t.total ?? 0) / 1000, unit: 's', better: 'lower' },
      { name: 'innovations inserted', value: (t.innovations ?? 0) / 1000, unit: 's', better: 'lower' },
      { name: 'index build after load', value: (t.innovationIndexes ?? 0) / 1000, unit: 's', better: 'lower' },
      { name: 'innovations per second', value: t.innovations ? innovations / (t.innovations / 1000) : 0, unit: 'rows/s', better: 'higher' },
      {
        name: 'runner CPU during load',
        value: prepared.loadCpuMs / 1000,
        unit: 's',
        better: 'lower',
        note: engine === 'pglite' ? 'includes the embedded database' : 'generator and driver only',
      },
    ],
    details: { counts: prepared.loaded.counts, timingsMs: t, skipped: prepared.loaded.skipped },
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
