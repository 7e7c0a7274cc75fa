/**
 * Offline reading: after a first visit with the network on, the home page, a lesson opened by address,
 * and the progress page reached by a link inside the site open again with the network cut, and the
 * lesson's checklist still ticks and keeps its tick across an offline reload. Nothing is precached:
 * only what the learner opened is kept (src/sw.js, src/clientModules/offlinePages.ts).
 * Also: links do not download the code of the pages they point to until the learner shows intent
 * (src/clientModules/intentOnlyPrefetch.ts), and a page is painted before the site's JavaScript is
 * fetched (plugins/paint-first).
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {SCRIPTS_START_MARK} from '../../plugins/paint-first';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const LESSON = '/docs/the-role/api-design/';
const PAGES_CACHE = 'lbp-pages-v1';

/** The paths the service worker keeps for offline reading. */
const cachedPages = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, PAGES_CACHE);

describe('offline reading and data saving', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('reopens visited pages with the network cut, and the checklist keeps working', async () => {
    const {context, recorded} = await newGuardedContext(site, {serviceWorkers: 'allow', viewport: {width: 360, height: 740}});
    const page = await context.newPage();
    await screenshotOnFailure(page, 'offline', async () => {
      // First visit, online: the home page (before the worker exists), a lesson, the progress page by link.
      await page.goto(`${site.origin}/`);
      await waitForHydration(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {timeout: 30_000});
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      await page.locator(`a[href="/progress/"] >> visible=true`).first().click();
      await page.waitForURL(`${site.origin}/progress/`);
      // The worker keeps /progress/ once the page has told it about the client-side navigation; poll
      // the cache from here: waitForFunction passed on a page-side async predicate before it held it.
      const wanted = ['/', LESSON, '/progress/'];
      let kept: string[] = [];
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await page.waitForTimeout(200)) {
        kept = await cachedPages(page);
        if (wanted.every((path) => kept.includes(path))) break;
      }
      assert.deepEqual([...kept].sort(), [...wanted].sort(), 'only the pages the learner opened are kept');

      await context.setOffline(true);

      const lesson = await page.goto(`${site.origin}${LESSON}`);
      assert.equal(lesson?.status(), 200);
      await waitForHydration(page);
      const checkbox = page.locator('input[type="checkbox"][id^="checklist-"]').first();
      const checkboxId = (await checkbox.getAttribute('id')) ?? '';
      await checkbox.check();
      await page.reload();
      await waitForHydration(page);
      await page.waitForFunction((id) => (document.getElementById(id) as HTMLInputElement | null)?.checked === true, checkboxId, {timeout: 5_000});

      for (const path of ['/', '/progress/']) {
        const response = await page.goto(`${site.origin}${path}`);
        assert.equal(response?.status(), 200, `${path} opens offline`);
        await waitForHydration(page);
        assert.ok(await page.locator('h1').first().isVisible(), `${path} shows its heading offline`);
      }
      assert.match(await page.locator('main').innerText(), /1\b/, 'the progress page counts the offline tick');
    });
    assert.deepEqual(recorded.foreignRequests, []);
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  });

  it('downloads no other page\'s code while reading, and loads it when the learner points at a link', async () => {
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'intent-only-prefetch', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      // The service worker registers once the page has settled, loading workbox-window: this page's own
      // code, not another page's, so recording starts once the worker is active.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(request.url());
      });
      await page.mouse.move(0, 0);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(1_500);
      assert.equal(await page.locator('link[rel="prefetch"]').count(), 0, 'no prefetch links for visible links');
      assert.deepEqual([...scripts], [], 'reading the lesson loads no other page\'s code');

      await page.locator('.pagination-nav__link--next').hover();
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.js') && entry.startTime > 0), undefined, {timeout: 5_000});
      await page.waitForTimeout(500);
      assert.ok(scripts.size > 0, 'pointing at the next-lesson link loads its code');
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  });

  it('paints the page before it fetches and runs the site\'s JavaScript, then hydrates', async () => {
    const {context, recorded} = await newGuardedContext(site, {viewport: {width: 360, height: 740}});
    const page = await context.newPage();
    await screenshotOnFailure(page, 'paint-first', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      const timings = await page.evaluate((mark) => {
        const bundles = performance.getEntriesByType('resource').filter((entry) => /\/assets\/js\/(runtime~)?main\./.test(entry.name));
        return {
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          scripts: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
          firstBundleRequest: Math.min(...bundles.map((entry) => entry.startTime)),
          bundles: bundles.length,
        };
      }, SCRIPTS_START_MARK);
      assert.equal(timings.bundles, 2, 'both bundles load');
      assert.ok(timings.scripts >= timings.paint, `scripts start (${timings.scripts} ms) after the first contentful paint (${timings.paint} ms)`);
      assert.ok(timings.firstBundleRequest >= timings.scripts, 'no bundle is requested before that');
      await page.locator('.theme-doc-toc-mobile button').click();
      assert.ok(await page.locator('.theme-doc-toc-mobile a').first().isVisible(), 'the hydrated page responds');
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  });
});
