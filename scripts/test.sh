#!/usr/bin/env bash
# The whole test suite (README: `npm ci && npm test`): typecheck, lint, unit + integration on
# PGlite, the same integration suite on a real PostgreSQL, then browser end-to-end tests in
# Debian's Chromium against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "system packages (Chromium, PostgreSQL, nginx)"
bash scripts/ensure-system-deps.sh

step "typecheck"
npm run --silent typecheck

step "lint"
npm run --silent lint

step "unit + integration (PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-pglite.json

step "integration (PostgreSQL)"
bash scripts/with-postgres.sh npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-postgres.json

step "robustness (server killed mid-surge, two instances behind nginx, backup/restore)"
npx vitest run --config test/robustness/vitest.config.ts --reporter=default --reporter=json --outputFile=.tmp/vitest-robustness.json

step "build"
npm run --silent build

step "end-to-end (Chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=.tmp/vitest-e2e.json

node scripts/summarize-tests.mjs .tmp/vitest-pglite.json .tmp/vitest-postgres.json .tmp/vitest-robustness.json .tmp/vitest-e2e.json
