/**
 * Nothing on screen moves while a page loads and hydrates (the layout-shift budget is zero), on the
 * two pages where something arrives late: search results, which need the index first
 * (src/components/Search/SearchPage.tsx), and formulas, whose stylesheet and fonts are linked by the lesson itself
 * (plugins/katex-stylesheet). A link to a heading deep in a lesson lands on it, though headings keep
 * the server's HTML instead of hydrating (src/components/StaticBlock).
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

type Shift = {value: number; nodes: string[]};

/** Records the page's layout shifts from its first byte on. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: {value: number; nodes: string[]}[] = [];
    (window as unknown as {layoutShifts: typeof shifts}).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {value: number; sources: {node?: Node}[]}[]) {
        shifts.push({value: entry.value, nodes: entry.sources.map((source) => source.node?.nodeName ?? '?')});
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as {layoutShifts: Shift[]}).layoutShifts);

describe('layout stability on a phone', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  for (const [name, path, ready] of [
    ['search results', '/search/?q=idempotency', 'main ol li h2 a'],
    ['a lesson with formulas', '/docs/the-role/reliability/', '.katex'],
  ] as const) {
    it(`does not move while ${name} load`, async () => {
      const {context, recorded} = await newGuardedContext(site, {viewport: {width: 360, height: 740}, isMobile: true});
      const page = await context.newPage();
      await recordShifts(page);
      await screenshotOnFailure(page, `layout-${name.replace(/\W+/g, '-')}`, async () => {
        await page.goto(`${site.origin}${path}`);
        await waitForHydration(page);
        await page.locator(ready).first().waitFor({timeout: 15_000});
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await shiftsOf(page), [], `layout shifts on ${path}`);
      });
      assert.deepEqual(recorded.consoleErrors, []);
      await context.close();
    });
  }

  for (const [path, heading] of [
    ['/docs/the-role/reliability/', 'sources'],
    ['/docs/the-role/api-design/', 'check-yourself'],
  ] as const) {
    it(`lands on #${heading} when a link points deep into ${path}`, async () => {
      const {context, recorded} = await newGuardedContext(site, {viewport: {width: 360, height: 740}, isMobile: true});
      const page = await context.newPage();
      await screenshotOnFailure(page, `anchor-${heading}`, async () => {
        await page.goto(`${site.origin}${path}#${heading}`);
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const top = await page.locator(`#${heading}`).evaluate((el) => el.getBoundingClientRect().top);
        assert.ok(top >= 0 && top < 150, `#${heading} is ${Math.round(top)} px from the top of the screen`);
      });
      assert.deepEqual(recorded.consoleErrors, []);
      await context.close();
    });
  }
});
