/**
 * Search (src/components/Search, index by scripts/search-index.ts): in each language a word found in
 * one lesson only finds that lesson first, typed without its accents; a query with no result says so;
 * results are narrowed to the reader's edition until they ask for every edition; the search page keeps
 * its query in the address; the navbar box works by keyboard as an ARIA combobox, on a phone too; Pagefind
 * is not downloaded until the reader uses a search field; and offline, the box says what it cannot do.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

/** Per language: a word (typed without its accents) that only one lesson of edition 2026 has, and that lesson. */
const ONE_LESSON_WORDS = [
  {locale: '', word: 'misaligned', lesson: '/docs/the-role/what-a-backend-engineer-owns/'},
  {locale: '/es', word: 'microfono', lesson: '/es/docs/job-hunting/offer-to-first-90-days/'},
  {locale: '/pt-BR', word: 'rastreavel', lesson: '/pt-BR/docs/the-role/observability-and-operations/'},
] as const;

const NO_RESULT = {'': 'No lesson matches', '/es': 'Ninguna lección coincide', '/pt-BR': 'Nenhuma lição corresponde'} as const;

const box = (page: Page) => page.locator('.navbar input[role="combobox"]');
const pageResults = (page: Page) => page.locator('main ol li h2 a');
const searchRequests = (urls: string[]) => urls.filter((url) => new URL(url).pathname.includes('/pagefind/'));

describe('search', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  for (const {locale, word, lesson} of ONE_LESSON_WORDS) {
    it(`finds the one lesson with "${word}" first, at its section, and says when nothing matches (${locale || '/en'})`, async () => {
      const {context, recorded} = await newGuardedContext(site);
      const page = await context.newPage();
      await screenshotOnFailure(page, `search${locale || '-en'}`, async () => {
        await page.goto(`${site.origin}${locale}/search/?q=${word}`);
        await waitForHydration(page);
        await pageResults(page).first().waitFor({timeout: 15_000});
        const href = await pageResults(page).first().getAttribute('href');
        assert.match(href ?? '', new RegExp(`^${lesson}#.+`), 'the first result links to a section of the lesson');
        assert.ok((await page.locator('main ol li').first().locator('mark').count()) > 0, 'the excerpt marks the matched word');
        await expectAxeClean(page, 'search results');

        await page.locator('main input[type="search"]').fill('zzqxwv');
        await page.getByRole('status').filter({hasText: NO_RESULT[locale]}).waitFor({timeout: 10_000});
        assert.equal(await pageResults(page).count(), 0);
      });
      assert.deepEqual(recorded.consoleErrors, []);
      assert.deepEqual(recorded.foreignRequests, []);
      await context.close();
    });
  }

  it("narrows results to the reader's edition, and widens to every edition on request", async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    const hrefs = async () => {
      await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.includes('…'));
      return pageResults(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    };
    await screenshotOnFailure(page, 'search-editions', async () => {
      await page.goto(`${site.origin}/search/?q=misaligned`);
      await waitForHydration(page);
      await pageResults(page).first().waitFor({timeout: 15_000});
      assert.deepEqual(await hrefs(), ['/docs/the-role/what-a-backend-engineer-owns/#why-companies-pay-for-reliability'], 'edition 2026 only');
      await page.locator('main').getByLabel('Include every edition').check();
      await page.waitForFunction(() => document.querySelectorAll('main ol li').length === 2);
      assert.deepEqual((await hrefs()).map((href) => href.split('#')[0]).sort(), ['/docs/next/the-role/what-a-backend-engineer-owns/', '/docs/the-role/what-a-backend-engineer-owns/']);

      // On a lesson of Next, the navbar box searches Next.
      await page.goto(`${site.origin}/docs/next/the-role/api-design/`);
      await waitForHydration(page);
      await box(page).fill('misaligned');
      const option = page.locator('[role="listbox"] [role="option"]').first();
      await option.waitFor({timeout: 15_000});
      await option.click();
      await page.waitForURL(`${site.origin}/docs/next/the-role/what-a-backend-engineer-owns/#why-companies-pay-for-reliability`);
    });
    await context.close();
  });

  it('restores the query from the address without rewriting it, and follows what the reader types', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'search-address', async () => {
      await page.addInitScript(() => {
        const written: string[] = [];
        (window as unknown as {written: string[]}).written = written;
        const replaceState = history.replaceState.bind(history);
        history.replaceState = (state, title, url) => {
          written.push(String(url));
          replaceState(state, title, url);
        };
      });
      await page.goto(`${site.origin}/es/search/?q=idempotencia`);
      await waitForHydration(page);
      await pageResults(page).first().waitFor({timeout: 15_000});
      assert.equal(await page.locator('main input[type="search"]').inputValue(), 'idempotencia');
      assert.deepEqual(await page.evaluate(() => (window as unknown as {written: string[]}).written), []);
      await page.locator('main input[type="search"]').fill('paginación por cursor');
      await page.waitForURL((url) => url.searchParams.get('q') === 'paginación por cursor');
      await page.reload();
      await waitForHydration(page);
      assert.equal(await page.locator('main input[type="search"]').inputValue(), 'paginación por cursor');
    });
    await context.close();
  });

  for (const viewport of [{width: 1280, height: 800}, {width: 360, height: 740}]) {
    it(`works the navbar box by keyboard as a combobox, loading Pagefind only when used (${viewport.width} px)`, async () => {
      const {context, recorded} = await newGuardedContext(site, {viewport});
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await screenshotOnFailure(page, `search-keyboard-${viewport.width}`, async () => {
        await page.goto(`${site.origin}/pt-BR/`);
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');
        assert.deepEqual(searchRequests(requested), [], 'nothing of the search is downloaded with the page');

        const input = box(page);
        await input.focus();
        await page.waitForResponse((response) => response.url().endsWith('/pagefind/pagefind.js'));
        await page.keyboard.type('rastreavel');
        const options = page.locator('[role="listbox"] [role="option"]');
        await options.first().waitFor({timeout: 15_000});
        assert.equal(await input.getAttribute('aria-expanded'), 'true');
        await expectAxeClean(page, 'the search box with results');
        const listBox = await page.locator('[role="listbox"]').boundingBox();
        assert.ok(listBox && listBox.x >= 0 && listBox.x + listBox.width <= viewport.width, 'the results fit the screen');

        await page.keyboard.press('ArrowDown');
        const first = await options.first().getAttribute('id');
        assert.equal(await input.getAttribute('aria-activedescendant'), first);
        assert.equal(await options.first().getAttribute('aria-selected'), 'true');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox', 'focus stays in the field');
        await page.keyboard.press('ArrowUp');
        assert.equal(await input.getAttribute('aria-activedescendant'), null);

        await page.keyboard.press('Escape');
        assert.equal(await input.getAttribute('aria-expanded'), 'false');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${site.origin}/pt-BR/docs/the-role/observability-and-operations/#o-que-voc%C3%AA-vai-aprender`);
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox', 'focus is not lost');
      });
      assert.deepEqual(recorded.consoleErrors, []);
      await context.close();
    });
  }

  it('says plainly that search needs a connection when the network is cut, and nothing breaks', async () => {
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'search-offline', async () => {
      await page.goto(`${site.origin}/es/docs/the-role/api-design/`);
      await waitForHydration(page);
      // The service worker registers once the page is idle; its script must arrive before the network goes.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await context.setOffline(true);
      await box(page).fill('idempotencia');
      await page.getByRole('status').filter({hasText: 'La búsqueda necesita conexión'}).waitFor({timeout: 15_000});
      await context.setOffline(false);
      await box(page).fill('microfono');
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({timeout: 15_000});
    });
    // The failed downloads are logged by the browser; the page itself throws nothing.
    assert.deepEqual(recorded.consoleErrors.filter((error) => !/Failed to load resource|Failed to fetch/.test(error)), []);
    await context.close();
  });
});
