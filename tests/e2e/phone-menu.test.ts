/**
 * The phone menu is built only when the learner reaches for it (src/theme/Navbar/MobileSidebar), and
 * still opens, lists the module's lessons and navigates, by touch and by keyboard.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Locator, Page} from 'playwright-core';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const LESSON = '/docs/stacks/choosing-your-stacks/';
const PHONE = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true};

describe('phone menu', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  /** Opens the lesson on a phone, hydrated, runs `check` with its menu toggle, and fails on console errors. */
  async function onLesson(name: string, check: (page: Page, toggle: Locator) => Promise<void>): Promise<void> {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await context.newPage();
    await screenshotOnFailure(page, name, async () => {
      await page.goto(`${site.origin}${LESSON}`);
      await waitForHydration(page);
      await check(page, page.getByRole('button', {name: 'Toggle navigation bar'}));
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  }

  const menuLink = (page: Page) => page.locator('.navbar-sidebar').getByRole('link', {name: 'Salaries', exact: true});

  it('is not built while the learner reads, and opens and navigates on a tap', () =>
    onLesson('phone-menu-tap', async (page, toggle) => {
      await page.waitForTimeout(300);
      assert.equal(await page.locator('.navbar-sidebar').count(), 0, 'the menu is in the page before anyone asked for it');

      await toggle.tap();
      await page.locator('.navbar-sidebar--show').waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await expectAxeClean(page, 'the open menu');

      await menuLink(page).tap();
      await page.waitForURL(`${site.origin}/docs/salaries/`);
      await page.locator('.navbar-sidebar--show').waitFor({state: 'detached'});
    }));

  it('opens from the keyboard', () =>
    onLesson('phone-menu-keyboard', async (page, toggle) => {
      const focused = () => toggle.evaluate((el) => el === document.activeElement);
      for (let i = 0; i < 10 && !(await focused()); i++) await page.keyboard.press('Tab');
      assert.ok(await focused(), 'Tab reaches the menu toggle');
      await page.keyboard.press('Enter');
      await page.locator('.navbar-sidebar--show').waitFor();
      // The menu is built when the toggle gets focus, in a render that can still be under way when a test
      // presses Enter at once (a person takes longer): wait for the link, within a few seconds.
      await menuLink(page).waitFor({timeout: 5_000});
    }));
});
