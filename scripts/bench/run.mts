/**
 * `npm run bench`: the performance and quality benchmark, compared with bench/budgets.json.
 *  1. builds all locales and editions once, timed as a whole and per locale;
 *  2. serves build/ with gzip on localhost;
 *  3. runs Lighthouse 12 (mobile preset, Debian's Chromium) three times per page and takes the median;
 *  4. measures JavaScript and CSS per page (gzip), the search indexes and the service-worker precache;
 *  5. writes bench/results.json and bench/results.md, and exits 1 naming each page and figure that
 *     misses its budget.
 * Flags: --skip-build (measure the existing build), --runs N (default 3).
 * An ES module (.mts) on purpose: from CommonJS, tsx would transpile Lighthouse and add `__name` helpers
 * to the functions Lighthouse runs inside the page, where they do not exist.
 */
import {spawn} from 'node:child_process';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {performance} from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {ROOT} from '../content-files';
import {CHROMIUM_ARGS, startSite} from '../../tests/e2e/harness';
import {pageWeight} from './page-weight';
import {capstoneFigures, type CapstoneFigures} from './capstone';


/** Representative pages: the home page, a lesson with each widget, math, progress, blog, search, locales, editions. */
export const PAGES: {name: string; path: string}[] = [
  {name: 'home', path: '/'},
  {name: 'lesson with StackComparison', path: '/docs/stacks/choosing-your-stacks/'},
  {name: 'lesson with SalaryExplorer', path: '/docs/salaries/reading-salary-benchmarks/'},
  {name: 'lesson with BulletBuilder', path: '/docs/job-hunting/cv-that-survives-thirty-seconds/'},
  {name: 'lesson with math', path: '/docs/the-role/reliability/'},
  {name: 'progress page', path: '/progress/'},
  {name: 'blog post', path: '/blog/2026/11/28/reading-salary-benchmarks-without-fooling-yourself/'},
  {name: 'search page', path: '/search/?q=idempotency'},
  {name: 'lesson (es)', path: '/es/docs/the-role/api-design/'},
  {name: 'lesson (pt-BR)', path: '/pt-BR/docs/the-role/api-design/'},
  {name: 'lesson of another edition (Next)', path: '/docs/next/the-role/api-design/'},
];

type Budgets = {
  lighthouse: Record<'performance' | 'accessibility' | 'best-practices' | 'seo' | 'cumulativeLayoutShift' | 'totalBlockingTimeMs', number>;
  javascriptKbPerPage: number;
  fullBuildSeconds: number;
  capstoneCheckSeconds: number;
  capstoneCheckerKb: number;
};

type PageResult = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  cumulativeLayoutShift: number;
  totalBlockingTimeMs: number;
  /** Each run's blocking time, in run order: on a two-core machine the spread is wide. */
  totalBlockingTimeRunsMs: number[];
  largestContentfulPaintMs: number;
  /** Lighthouse's own CPU benchmark of the machine during these runs (median); higher is faster. */
  benchmarkIndex: number;
  javascriptKb: number;
  cssKb: number;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * One full build (all locales, all editions), timed as a whole and per locale: a locale's time runs from
 * Docusaurus's "[<locale>] Creating an optimized production build" line to the next locale's line (or
 * the end). Building locales one by one instead would leave only the last one in build/.
 */
async function timedFullBuild(): Promise<{perLocale: Record<string, number>; full: number}> {
  const start = performance.now();
  const marks: {locale: string; at: number}[] = [];
  const build = spawn('npx', ['docusaurus', 'build'], {cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit']});
  build.stdout.setEncoding('utf8');
  build.stdout.on('data', (chunk: string) => {
    for (const [, locale] of chunk.matchAll(/\[(\S+)\] Creating an optimized production build/g)) marks.push({locale: locale!, at: performance.now()});
  });
  const status = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (status !== 0) throw new Error('the build failed');
  const end = performance.now();
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const perLocale = Object.fromEntries(marks.map(({locale, at}, i) => [locale, seconds((marks[i + 1]?.at ?? end) - at)]));
  return {perLocale, full: seconds(end - start)};
}

type LighthouseFigures = Pick<
  PageResult,
  'performance' | 'accessibility' | 'best-practices' | 'seo' | 'cumulativeLayoutShift' | 'totalBlockingTimeMs' | 'largestContentfulPaintMs'
>;

async function lighthouseRuns(
  url: string,
  runs: number,
  port: number,
): Promise<LighthouseFigures & Pick<PageResult, 'totalBlockingTimeRunsMs' | 'benchmarkIndex'>> {
  const results: LighthouseFigures[] = [];
  const benchmarkIndexes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']});
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {categories, audits} = result.lhr;
    results.push({
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      'best-practices': categories['best-practices']?.score ?? 0,
      seo: categories.seo?.score ?? 0,
      cumulativeLayoutShift: audits['cumulative-layout-shift']?.numericValue ?? 1,
      totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? 1e9,
      largestContentfulPaintMs: audits['largest-contentful-paint']?.numericValue ?? 1e9,
    });
    benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
  }
  const keys = Object.keys(results[0]!) as (keyof LighthouseFigures)[];
  const medians = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key]))])) as LighthouseFigures;
  return {...medians, totalBlockingTimeRunsMs: results.map((r) => Math.round(r.totalBlockingTimeMs)), benchmarkIndex: median(benchmarkIndexes)};
}

export function budgetMisses(pages: PageResult[], buildSeconds: number, budgets: Budgets, capstone?: CapstoneFigures): string[] {
  const misses: string[] = [];
  for (const page of pages) {
    for (const key of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      if (page[key] < budgets.lighthouse[key]) misses.push(`${page.name} (${page.path}): ${key} ${page[key]} < ${budgets.lighthouse[key]}`);
    }
    if (page.cumulativeLayoutShift > budgets.lighthouse.cumulativeLayoutShift) {
      misses.push(`${page.name} (${page.path}): CLS ${page.cumulativeLayoutShift} > ${budgets.lighthouse.cumulativeLayoutShift}`);
    }
    if (page.totalBlockingTimeMs > budgets.lighthouse.totalBlockingTimeMs) {
      misses.push(`${page.name} (${page.path}): total blocking time ${page.totalBlockingTimeMs.toFixed(1)} ms > ${budgets.lighthouse.totalBlockingTimeMs} ms`);
    }
    if (page.javascriptKb > budgets.javascriptKbPerPage) {
      misses.push(`${page.name} (${page.path}): JavaScript ${page.javascriptKb} KB gzip > ${budgets.javascriptKbPerPage} KB`);
    }
  }
  if (buildSeconds > budgets.fullBuildSeconds) misses.push(`full build ${buildSeconds} s > ${budgets.fullBuildSeconds} s`);
  if (capstone && capstone.checkSeconds > budgets.capstoneCheckSeconds) {
    misses.push(`capstone checker run against the reference ${capstone.checkSeconds} s > ${budgets.capstoneCheckSeconds} s`);
  }
  if (capstone && capstone.checkerKb > budgets.capstoneCheckerKb) misses.push(`capstone check.mjs ${capstone.checkerKb} KB > ${budgets.capstoneCheckerKb} KB`);
  return misses;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Budgets;

  let buildSeconds: Record<string, number> = {};
  let fullBuild = 0;
  if (!args.includes('--skip-build')) {
    const build = await timedFullBuild();
    buildSeconds = build.perLocale;
    fullBuild = build.full;
    console.log(`build: ${Object.entries(buildSeconds).map(([locale, s]) => `${locale} ${s} s`).join(', ')}; full ${fullBuild} s`);
  }

  const capstone = await capstoneFigures(ROOT);
  console.log(`capstone: checker run against the reference ${capstone.checkSeconds} s, check.mjs ${capstone.checkerKb} KB`);

  const site = await startSite();
  const chrome = await chromeLauncher.launch({chromePath: '/usr/bin/chromium', chromeFlags: [...CHROMIUM_ARGS, '--headless=new']});
  const pages: PageResult[] = [];
  try {
    for (const {name, path} of PAGES) {
      const weight = await pageWeight(site.browser, site.origin, path);
      const lh = await lighthouseRuns(`${site.origin}${path}`, runs, chrome.port);
      pages.push({name, path, ...lh, javascriptKb: kb(weight.jsBytes), cssKb: kb(weight.cssBytes)});
      console.log(`${name}: perf ${lh.performance}, a11y ${lh.accessibility}, bp ${lh['best-practices']}, seo ${lh.seo}, TBT ${Math.round(lh.totalBlockingTimeMs)} ms (runs ${lh.totalBlockingTimeRunsMs.join(', ')}), CLS ${lh.cumulativeLayoutShift}, JS ${kb(weight.jsBytes)} KB`);
    }
  } finally {
    await chrome.kill();
    await site.close();
  }

  const searchIndexes = Object.fromEntries(
    ['search-index.json', 'es/search-index.json', 'pt-BR/search-index.json', 'docs/next/search-index.json']
      .filter((file) => existsSync(join(ROOT, 'build', file)))
      .map((file) => [file, kb(gzipSync(readFileSync(join(ROOT, 'build', file)), {level: 9}).length)]),
  );
  const sw = readFileSync(join(ROOT, 'build/sw.js'), 'utf8');
  const precacheEntries = (/\[(\{"revision"[^\]]*)\]/.exec(sw)?.[1]?.match(/"url"/g) ?? []).length;

  const misses = budgetMisses(pages, fullBuild, budgets, capstone);
  const lighthouseBenchmarkIndex = median(pages.map((page) => page.benchmarkIndex));
  const results = {date: new Date().toISOString(), runs, lighthouseBenchmarkIndex, buildSeconds: {...buildSeconds, full: fullBuild}, pages, capstone, searchIndexKbGzip: searchIndexes, serviceWorkerPrecacheEntries: precacheEntries, budgets, misses};
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `# Benchmark ${results.date.slice(0, 10)} (Lighthouse mobile, median of ${runs})`,
    '',
    '| page | perf | a11y | best practices | SEO | TBT ms | TBT of each run | CLS | LCP ms | JS KB gz | CSS KB gz |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      (p) =>
        `| ${p.name} | ${p.performance} | ${p.accessibility} | ${p['best-practices']} | ${p.seo} | ${Math.round(p.totalBlockingTimeMs)} | ${p.totalBlockingTimeRunsMs.join(', ')} | ${p.cumulativeLayoutShift} | ${Math.round(p.largestContentfulPaintMs)} | ${p.javascriptKb} | ${p.cssKb} |`,
    ),
    '',
    `Build: ${Object.entries(buildSeconds).map(([l, s]) => `${l} ${s} s`).join(', ') || 'skipped'}; full ${fullBuild} s.`,
    `Lighthouse's CPU benchmark index of this machine: ${Math.round(lighthouseBenchmarkIndex)} (median over the pages).`,
    `Capstone: a full checker run against the reference (restart included) ${capstone.checkSeconds} s; build/capstone/check.mjs ${capstone.checkerKb} KB.`,
    `Search index (gzip): ${Object.entries(searchIndexes).map(([f, s]) => `${f} ${s} KB`).join(', ')}. Service-worker precache: ${precacheEntries} entries.`,
    '',
    misses.length ? `Budget misses:\n\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Every budget is met.',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results.md'), `${table}\n`);
  console.log(`\n${table}`);
  if (misses.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
