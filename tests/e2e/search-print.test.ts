/**
 * Reading without a third party and on paper: local search in each locale, and print styles for lessons.
 * (Offline reloading is not covered yet: see the open issue "Search, offline reading, print, blog".)
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../../scripts/content-files';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const LESSON = '/docs/the-role/api-design/';
const MODULE = '/docs/stacks/';

describe('search and print', () => {
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
        // A result links to the lesson (or a heading in it) in the same locale.
        await page.locator(`a[href*="${locale}/docs/the-role/api-design/"]`).first().waitFor({timeout: 15_000});
        assert.deepEqual(recorded.foreignRequests, []);
      });
      await context.close();
    });
  }

  it('keeps the search address as opened, and follows what the learner types', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'search-address', async () => {
      // Every address the page writes while it starts; each one re-rendered the whole page.
      await page.addInitScript(() => {
        const written: string[] = [];
        (window as unknown as {written: string[]}).written = written;
        const replaceState = history.replaceState.bind(history);
        history.replaceState = (state, title, url) => {
          written.push(String(url));
          replaceState(state, title, url);
        };
      });
      await page.goto(`${site.origin}/search/?q=idempotency`);
      await waitForHydration(page);
      await page.locator('a[href*="/docs/the-role/api-design/"]').first().waitFor({timeout: 15_000});
      assert.deepEqual(await page.evaluate(() => (window as unknown as {written: string[]}).written), []);
      await page.locator('input[type="search"][name="q"]').fill('cursor pagination');
      await page.waitForURL((url) => url.searchParams.get('q') === 'cursor pagination');
    });
    await context.close();
  });

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

  it('prints a lesson without navigation and with the self-check answers closed', async () => {
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
      assert.equal(await answer.isVisible(), false, 'the first self-check answer stays closed in print, for learners');
    });
    await context.close();
  });

  for (const locale of ['', '/es', '/pt-BR']) {
    it(`prints a whole module on one page, from the module page's link (${locale || '/en'})`, async () => {
      const {context, recorded} = await newGuardedContext(site);
      const page = await context.newPage();
      const {modules} = JSON.parse(readFileSync(join(ROOT, 'build', locale, 'curriculum', '2026.json'), 'utf8')) as {
        modules: {permalink: string; title: string; lessons: {title: string}[]}[];
      };
      const module = modules.find((m) => m.permalink.endsWith(MODULE))!;
      await screenshotOnFailure(page, `print-module${locale}`, async () => {
        await page.goto(`${site.origin}${locale}${MODULE}`);
        await waitForHydration(page);
        await page.locator('a.print-module-link').click();
        await page.waitForURL(`${site.origin}${locale}${MODULE}print/`);
        assert.equal(await page.locator('article h1').innerText(), module.title);
        assert.deepEqual(await page.locator('article h2').allInnerTexts(), module.lessons.map((lesson) => lesson.title));
        await expectAxeClean(page, 'the printable module');
        await page.emulateMedia({media: 'print'});
        assert.equal(await page.locator('.navbar').evaluate((el) => getComputedStyle(el).display), 'none');
        const lastAnswer = () => page.locator('.markdown details').last().locator(':scope > div').first();
        assert.equal(await lastAnswer().isVisible(), false, 'the learners\' print view keeps answers closed');
        // The teacher's view, linked from the bootcamps page, opens every answer.
        await page.emulateMedia({media: 'screen'});
        await page.goto(`${site.origin}${locale}/bootcamps/`);
        await page.locator(`a[href="${locale}${MODULE}print/with-answers/"]`).click();
        await page.waitForURL(`${site.origin}${locale}${MODULE}print/with-answers/`);
        await expectAxeClean(page, 'the printable module with answers');
        await page.emulateMedia({media: 'print'});
        assert.ok(await lastAnswer().isVisible(), 'the last lesson\'s answers are open in the view with answers');
      });
      assert.deepEqual(recorded.consoleErrors, []);
      assert.deepEqual(recorded.foreignRequests, []);
      await context.close();
    });
  }
});
