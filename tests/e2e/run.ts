/**
 * `npm run test:e2e`: builds the site if there is no build yet, then runs every browser test with
 * node's test runner, one file at a time (the machine has two cores and Chromium is heavy).
 */
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {ROOT} from '../../scripts/content-files';

if (!existsSync('/usr/bin/chromium')) {
  console.error('Browser tests need Debian\'s Chromium at /usr/bin/chromium: apt-get update && apt-get install -y chromium');
  process.exit(1);
}

if (!existsSync(join(ROOT, 'build', 'sitemap.xml'))) {
  console.log('No build found: running npm run build first.');
  const build = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const only = process.argv.slice(2);
const files = readdirSync(join(ROOT, 'tests', 'e2e'))
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .map((name) => join('tests', 'e2e', name));
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {cwd: ROOT, stdio: 'inherit'});
process.exit(run.status ?? 1);
