#!/usr/bin/env bash
# `npm test`: everything that needs no browser. Fast checks first, the production build last; the unit
# test summary closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step 'Type check (tsc --noEmit)'
npx tsc --noEmit

step 'Content: frontmatter, checklist ids, versions past end of life, exercise times'
npx tsx scripts/check-content.ts

step 'Translations: every lesson in es and pt-BR, up to date'
npx tsx scripts/translations.ts

step 'Markdown lint (markdownlint-cli2 with the lesson rules)'
npm run --silent lint:md

step 'Unit tests (Vitest)'
report=$(mktemp)
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || unit_status=$?

step 'Production build (docusaurus build)'
npm run --silent build

step 'Built site: published URLs resolve, syllabus files match their schema'
npx tsx scripts/check-build.ts

node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`\nunit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report"
exit "$unit_status"
