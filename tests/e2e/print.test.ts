/**
 * Reading on paper: print styles for lessons, and each module's lessons on one printable page.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../../scripts/content-files';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const LESSON = '/docs/the-role/api-design/';
const MODULE = '/docs/stacks/';

describe('print', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

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
