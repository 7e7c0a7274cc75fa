/**
 * Every page in the sitemap: HTTP 200, hydrates without console errors or React warnings, requests
 * nothing from another host, and has no axe violation of WCAG 2.1 A or AA.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {AxeBuilder} from '@axe-core/playwright';
import {ROOT} from '../../scripts/content-files';
import {WCAG_TAGS, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

function sitemapPaths(): string[] {
  const xml = readFileSync(join(ROOT, 'build', 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

describe('every sitemap page', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('loads, hydrates cleanly, stays on localhost and passes axe', async () => {
    const paths = sitemapPaths();
    assert.ok(paths.length > 10, `the sitemap lists only ${paths.length} pages`);
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      const before = {errors: recorded.consoleErrors.length, foreign: recorded.foreignRequests.length};
      await screenshotOnFailure(page, `crawl${path}`, async () => {
        const response = await page.goto(`${site.origin}${path}`, {waitUntil: 'load'});
        const problems: string[] = [];
        if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
        await waitForHydration(page);
        const axe = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
        for (const violation of axe.violations) {
          problems.push(`axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
        }
        problems.push(...recorded.consoleErrors.slice(before.errors).map((e) => `console: ${e}`));
        problems.push(...recorded.foreignRequests.slice(before.foreign).map((u) => `request to another host: ${u}`));
        if (problems.length) {
          failures.push(`${path}\n  ${problems.join('\n  ')}`);
          throw new Error(problems.join('; '));
        }
      }).catch(() => undefined);
    }
    await context.close();
    assert.equal(failures.length, 0, `${failures.length} of ${paths.length} pages failed:\n${failures.join('\n')}`);
  });
});
