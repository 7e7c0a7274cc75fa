/**
 * Reading without a third party, without a network, and on paper: local search in each locale, a visited
 * lesson that reloads offline with a working checklist, and print styles for lessons.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const LESSON = '/docs/the-role/api-design/';

describe('search, offline reading and print', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  for (const [locale, term] of [
    ['', 'idempotency'],
    ['/es', 'idempotencia'],
    ['/pt-BR', 'idempotência'],
  ] as const) {
    it(`finds a lesson term on the search page (${locale || '/en'})`, async () => {
      const {context, recorded} = await newGuardedContext(site);
      const page = await context.newPage();
      await screenshotOnFailure(page, `search${locale || '-en'}`, async () => {
        await page.goto(`${site.origin}${locale}/search/?q=${encodeURIComponent(term)}`);
        await waitForHydration(page);
        await page.locator(`main a[href*="${locale}/docs/the-role/api-design/"]`).first().waitFor({timeout: 15_000});
        assert.deepEqual(recorded.foreignRequests, []);
      });
      await context.close();
    });
  }

  it('suggests lessons from the navbar search box', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'search-navbar', async () => {
      await page.goto(`${site.origin}/`);
      await waitForHydration(page);
      await page.locator('input.navbar__search-input').fill('idempotency');
      await page.locator('.navbar a[href*="/docs/"]').first().waitFor({timeout: 15_000});
    });
    await context.close();
  });

  it('reloads a visited lesson with the network off, and its checklist still ticks', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'offline', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(
        async (path) => Boolean(await (await caches.open('lbp-pages-v1')).match(path)),
        LESSON,
        {timeout: 20_000, polling: 500},
      );
      await context.setOffline(true);
      await page.reload();
      await waitForHydration(page);
      const box = page.locator('input[id^="checklist-"]').first();
      await box.check();
      assert.equal(await box.isChecked(), true);
      await context.setOffline(false);
    });
    await context.close();
  });

  it('prints a lesson without navigation and with the self-check answers open', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'print', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      await page.emulateMedia({media: 'print'});
      for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.footer', '.pagination-nav']) {
        assert.equal(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display), 'none', `${selector} is hidden in print`);
      }
      const answer = page.locator('.markdown details').first().locator(':scope > div').first();
      assert.ok(await answer.isVisible(), 'the first self-check answer is visible in print');
    });
    await context.close();
  });
});
