/**
 * The phone menu is built only when the learner reaches for it (src/theme/Navbar/MobileSidebar), and
 * still opens, lists the module's lessons and navigates, by touch and by keyboard.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {AxeBuilder} from '@axe-core/playwright';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, WCAG_TAGS, type Site} from './harness';

const LESSON = '/docs/stacks/choosing-your-stacks/';
const PHONE = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true};

describe('phone menu', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('is not built while the learner reads, and opens and navigates on a tap', async () => {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'phone-menu-tap', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      await page.waitForTimeout(300);
      assert.equal(await page.locator('.navbar-sidebar').count(), 0, 'the menu is in the page before anyone asked for it');

      const toggle = page.getByRole('button', {name: 'Toggle navigation bar'});
      await toggle.tap();
      await page.locator('.navbar-sidebar--show').waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => v.id), [], 'axe on the open menu');

      await page.locator('.navbar-sidebar').getByRole('link', {name: 'Salaries', exact: true}).tap();
      await page.waitForURL(`${site.origin}/docs/salaries/`);
      await page.locator('.navbar-sidebar--show').waitFor({state: 'detached'});
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  });

  it('opens from the keyboard', async () => {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'phone-menu-keyboard', async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      const toggle = page.getByRole('button', {name: 'Toggle navigation bar'});
      for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'Tab reaches the menu toggle');
      await page.keyboard.press('Enter');
      await page.locator('.navbar-sidebar--show').waitFor();
      assert.ok(await page.locator('.navbar-sidebar').getByRole('link', {name: 'Salaries', exact: true}).isVisible());
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  });
});
