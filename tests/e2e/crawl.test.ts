/**
 * Every page in the sitemap of every locale: HTTP 200, hydrates without console errors or React
 * warnings, requests nothing from another host, and has no axe violation of WCAG 2.1 A or AA.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {AxeBuilder} from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {WCAG_TAGS, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Guard, type Site} from './harness';

/** Pages of build/sitemap.xml and of each locale's build/<locale>/sitemap.xml. */
export function sitemapPaths(buildDir = join(ROOT, 'build')): string[] {
  const sitemaps = [join(buildDir, 'sitemap.xml'), ...readdirSync(buildDir).map((name) => join(buildDir, name, 'sitemap.xml'))];
  return sitemaps
    .filter((file) => existsSync(file))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

/** Two pages at a time: the machine has two cores and each page spends most of its time in axe. */
const WORKERS = 2;

/**
 * Every page of every locale is loaded and checked for status, console errors and foreign requests, and
 * every page gets axe except translated lessons: they render the same components and styles as the
 * English lessons with other words, and auditing all of them would double CI's time. The translated
 * lessons that hold a widget (longer labels can break a layout) and one plain lesson are audited.
 * AXE_ALL=1 audits every page of every locale (about 18 minutes on two cores).
 */
const AXE_ALL = process.env.AXE_ALL === '1';
const AUDITED_TRANSLATED_LESSONS = [
  'stacks/choosing-your-stacks',
  'salaries/reading-salary-benchmarks',
  'job-hunting/cv-that-survives-thirty-seconds',
  'the-role/api-design',
];
export function needsAxe(path: string): boolean {
  const lesson = /^\/(?:es|pt-BR)\/docs\/(?:next\/)?([^/]+\/[^/]+)\/$/.exec(path)?.[1];
  return AXE_ALL || lesson === undefined || AUDITED_TRANSLATED_LESSONS.includes(lesson);
}

/**
 * axe on every page, in the two passes that keep a 330-page crawl within CI's time:
 * - every WCAG 2.1 A/AA rule but colour contrast, on the whole page;
 * - colour contrast everywhere except inside code blocks, whose thousands of coloured tokens made it
 *   the slowest rule by far. Code colours are checked instead by src/lib/prismThemes.test.ts, which
 *   measures every token colour of both code themes against their background.
 * The article of a page already checked (Next repeats the latest edition until they diverge) is
 * checked once; the rest of such a page (banner, navigation, footer) still is.
 */
async function axeViolations(page: Page, seenArticles: Set<string>) {
  const article = await page
    .locator('article')
    .first()
    .evaluate((el) => el.innerHTML.replace(/\/docs\/next\//g, '/docs/'))
    .catch(() => null);
  const repeat = article !== null && seenArticles.has(article);
  if (article !== null) seenArticles.add(article);
  const scoped = (builder: AxeBuilder) => (repeat ? builder.exclude('article') : builder);
  // One after the other: axe cannot run twice at once in a page.
  const rules = await scoped(new AxeBuilder({page}).withTags(WCAG_TAGS).disableRules(['color-contrast'])).analyze();
  const contrast = await scoped(new AxeBuilder({page}).withRules(['color-contrast']).exclude('pre')).analyze();
  return [...rules.violations, ...contrast.violations];
}

describe('every sitemap page, every locale', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('loads, hydrates cleanly, stays on localhost and passes axe', async () => {
    const paths = sitemapPaths();
    assert.ok(paths.some((p) => p.startsWith('/es/')) && paths.some((p) => p.startsWith('/pt-BR/')), 'the es and pt-BR sitemaps are crawled');
    const failures: string[] = [];
    const seenArticles = new Set<string>();

    async function visit(page: Page, recorded: Guard, path: string): Promise<void> {
      const start = {errors: recorded.consoleErrors.length, foreign: recorded.foreignRequests.length};
      await screenshotOnFailure(page, `crawl${path}`, async () => {
        const response = await page.goto(`${site.origin}${path}`, {waitUntil: 'load'});
        const problems: string[] = [];
        if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
        await waitForHydration(page);
        for (const violation of needsAxe(path) ? await axeViolations(page, seenArticles) : []) {
          problems.push(`axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
        }
        problems.push(...recorded.consoleErrors.slice(start.errors).map((e) => `console: ${e}`));
        problems.push(...recorded.foreignRequests.slice(start.foreign).map((u) => `request to another host: ${u}`));
        if (problems.length) {
          failures.push(`${path}\n  ${problems.join('\n  ')}`);
          throw new Error(problems.join('; '));
        }
      }).catch(() => undefined);
    }

    const queue = [...paths];
    await Promise.all(
      Array.from({length: WORKERS}, async () => {
        // One context per worker, so console errors and requests are attributed to the right page.
        const {context, recorded} = await newGuardedContext(site);
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(page, recorded, path);
        await context.close();
      }),
    );
    assert.equal(failures.length, 0, `${failures.length} of ${paths.length} pages failed:\n${failures.join('\n')}`);
  });
});
