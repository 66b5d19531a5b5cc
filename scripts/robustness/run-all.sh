#!/usr/bin/env bash
# `npm run robustness`: the long versions of the robustness checks, then docs/RELIABILITY.md.
# Sizes: FUZZ_RUNS (runs per permitted route and caller), ROBUSTNESS_KILLS (kills per database),
# ROBUSTNESS_LOAD_MS (load around the instance kill).
set -euo pipefail
cd "$(dirname "$0")/../.."
export FUZZ_SEED=${FUZZ_SEED:-random} FUZZ_RUNS=${FUZZ_RUNS:-20} FUZZ_TIME_LIMIT_MS=${FUZZ_TIME_LIMIT_MS:-3600000} ROBUSTNESS_KILLS=${ROBUSTNESS_KILLS:-10} ROBUSTNESS_LOAD_MS=${ROBUSTNESS_LOAD_MS:-8000}
# Reports of the long runs, apart from the quick ones npm test leaves in .tmp/robustness.
export ROBUSTNESS_REPORT_DIR=${ROBUSTNESS_REPORT_DIR:-.tmp/robustness-long}
bash scripts/ensure-system-deps.sh
echo "== fuzzing every route, PGlite (FUZZ_RUNS=$FUZZ_RUNS) =="
npx vitest run test/robustness/fuzz.test.ts
echo "== fuzzing every route, PostgreSQL =="
bash scripts/with-postgres.sh npx vitest run test/robustness/fuzz.test.ts
echo "== concurrency mode of the fuzzer, PGlite and PostgreSQL =="
CONCURRENCY_FUZZ_TIME_LIMIT_MS=${CONCURRENCY_FUZZ_TIME_LIMIT_MS:-3600000} npx vitest run test/robustness/concurrency-fuzz.test.ts
CONCURRENCY_FUZZ_TIME_LIMIT_MS=${CONCURRENCY_FUZZ_TIME_LIMIT_MS:-3600000} bash scripts/with-postgres.sh npx vitest run test/robustness/concurrency-fuzz.test.ts
echo "== crash safety ($ROBUSTNESS_KILLS kills per database), two instances, backup/restore =="
npx vitest run --config test/robustness/vitest.config.ts
node --import tsx scripts/robustness/write-reliability-doc.ts
