/**
 * Every page in the sitemap of every locale: HTTP 200, hydrates without console errors or React
 * warnings, requests nothing from another host, and has no axe violation of WCAG 2.1 A or AA.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {axeViolations, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Guard, type Site} from './harness';

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
 * axe (WCAG 2.1 A and AA) on every page of every locale, in one pass per page, reporting violations
 * only (collecting passes doubled the time). Inside code blocks only the tokens (`pre > code`) are left
 * out: their thousands of coloured spans made colour contrast the slowest rule by far, and their
 * colours are checked instead by src/lib/prismThemes.test.ts against both code themes.
 *
 * A Next page whose article is the same as an already audited page (Next repeats the latest edition
 * until they diverge) differs from it only by the "unreleased" banner and the active sidebar link: it is
 * loaded and checked for status, console errors and requests like every page, and axe runs on the
 * first such page of each locale (for the banner) but not again on the others. AXE_ALL=1 runs axe on
 * every page regardless.
 */
const AXE_ALL = process.env.AXE_ALL === '1';

/**
 * The text of a page's lesson (not the article's footer: its "edit this page" link and date differ
 * between editions), with Next's addresses written as the latest edition's, to spot repeats. Status
 * lines are left out: a checklist's count changes once it has read the learner's storage, a moment
 * after hydration, so two copies of one article could differ only by when they were read.
 */
const comparableArticle = (page: Page): Promise<string | null> =>
  // page.evaluate, not a locator: a locator would wait its full timeout on pages without a lesson.
  page.evaluate(() => {
    const article = document.querySelector('article .theme-doc-markdown')?.cloneNode(true);
    if (!(article instanceof Element)) return null;
    article.querySelectorAll('[role="status"]').forEach((status) => status.remove());
    return article.innerHTML.replace(/\/docs\/next\//g, '/docs/');
  });

export function localeOf(path: string): string {
  return /^\/(es|pt-BR)\//.exec(path)?.[1] ?? 'en';
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
    const bannerAudited = new Set<string>();
    let audited = 0;

    /** Whether this page needs its own axe run (see above), recording what it covers. */
    async function needsAxe(page: Page, path: string): Promise<boolean> {
      const article = await comparableArticle(page);
      const repeat = article !== null && seenArticles.has(article);
      if (article !== null) seenArticles.add(article);
      if (AXE_ALL || !repeat) return true;
      const isNext = path.includes('/docs/next/');
      if (!isNext || bannerAudited.has(localeOf(path))) return false;
      bannerAudited.add(localeOf(path));
      return true;
    }

    async function visit(page: Page, recorded: Guard, path: string): Promise<void> {
      const start = {errors: recorded.consoleErrors.length, foreign: recorded.foreignRequests.length};
      await screenshotOnFailure(page, `crawl${path}`, async () => {
        const response = await page.goto(`${site.origin}${path}`, {waitUntil: 'load'});
        const problems: string[] = [];
        if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
        await waitForHydration(page);
        // Let the page's lazy chunks arrive: leaving earlier aborts them, and the aborted load is
        // reported as this page's error ("Loading chunk … failed").
        await page.waitForLoadState('networkidle', {timeout: 5_000}).catch(() => undefined);
        const audit = await needsAxe(page, path);
        if (audit) audited++;
        for (const violation of audit ? await axeViolations(page, {exclude: 'pre > code'}) : []) problems.push(`axe ${violation}`);
        problems.push(...recorded.consoleErrors.slice(start.errors).map((e) => `console: ${e}`));
        problems.push(...recorded.foreignRequests.slice(start.foreign).map((u) => `request to another host: ${u}`));
        if (problems.length) {
          failures.push(`${path}\n  ${problems.join('\n  ')}`);
          throw new Error(problems.join('; '));
        }
      }).catch(() => undefined);
    }

    // Latest-edition pages first, so that a Next page is the one found repeating, never the reverse.
    const queue = [...paths.filter((p) => !p.includes('/docs/next/')), ...paths.filter((p) => p.includes('/docs/next/'))];
    await Promise.all(
      Array.from({length: WORKERS}, async () => {
        // One context per worker, so console errors and requests are attributed to the right page.
        const {context, recorded} = await newGuardedContext(site);
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(page, recorded, path);
        await context.close();
      }),
    );
    console.log(`crawled ${paths.length} pages; axe ran on ${audited} (the others repeat an audited Next article)`);
    assert.equal(failures.length, 0, `${failures.length} of ${paths.length} pages failed:\n${failures.join('\n')}`);
  });
});
