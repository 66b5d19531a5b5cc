import type { DatasetOptions } from '../generator/dataset-options.js';
import type { NationalDatasetSummary } from '../generator/load/load-national.js';
import type { Engine, Metric } from './results.js';
import type { BenchServer } from './server-handle.js';

/**
 * How a scenario plugs into the suite. Feature modules add theirs to bench/scenarios/index.ts:
 * an `engine` scenario runs once per database against the server under test (a child process
 * serving the national data set); a `standalone` one runs once (pure algorithms, the web build).
 */
export interface BenchProfile {
  readonly quick: boolean;
  /** Passes over a request set when measuring single-user latency (after one warm-up pass). */
  readonly rounds: number;
  /** Seconds of autocannon load per measurement. */
  readonly loadSeconds: number;
  /** Concurrent connections of the load test (the 16). */
  readonly connections: number;
  /** Cold page loads per LCP measurement. */
  readonly pageLoads: number;
  /** Caps the requests of a set (the tiny test run); undefined: the scenario's full set. */
  readonly requestLimit?: number;
}

export const FULL_PROFILE: BenchProfile = { quick: false, rounds: 5, loadSeconds: 15, connections: 16, pageLoads: 7 };
export const QUICK_PROFILE: BenchProfile = { quick: true, rounds: 2, loadSeconds: 2, connections: 16, pageLoads: 2 };
/** For `npm test` only: proves the machinery works, measures nothing worth keeping. */
export const TINY_PROFILE: BenchProfile = { quick: true, rounds: 1, loadSeconds: 1, connections: 4, pageLoads: 1, requestLimit: 8 };

export interface ScenarioOutput {
  readonly metrics: Metric[];
  readonly details?: Record<string, unknown>;
}

export interface EngineContext {
  readonly engine: Engine;
  readonly server: BenchServer;
  readonly profile: BenchProfile;
  readonly dataset: DatasetOptions;
  readonly loaded: NationalDatasetSummary;
  /** The built web app served by the server, when the web build ran. */
  readonly webDir: string | null;
  /** The server's resident memory right after it started (before any scenario). */
  readonly startupRssBytes: number;
  readonly log: (message: string) => void;
}

export interface StandaloneContext {
  readonly profile: BenchProfile;
  readonly dataset: DatasetOptions;
  readonly workDir: string;
  readonly log: (message: string) => void;
}

export interface EngineScenario {
  readonly kind: 'engine';
  readonly id: string;
  readonly title: string;
  /** Tables the scenario needs; it is reported as not run when one is missing. */
  readonly requiresTables?: readonly string[];
  run(ctx: EngineContext): Promise<ScenarioOutput>;
}

export interface StandaloneScenario {
  readonly kind: 'standalone';
  readonly id: string;
  readonly title: string;
  /** `before-engines` scenarios run first (the web build, which the page-load scenario serves). */
  readonly phase?: 'before-engines' | 'after-engines';
  run(ctx: StandaloneContext): Promise<ScenarioOutput>;
}

export type Scenario = EngineScenario | StandaloneScenario;
