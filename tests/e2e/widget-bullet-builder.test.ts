/**
 * The CV bullet builder on its lesson, on a phone (360x740), used with the keyboard only: tab into the
 * four fields and fill them (the bullet appears), copy it (the clipboard holds it, or the fallback
 * selects it and says so), then write a vague verb (a warning appears, tied to its field) and remove it.
 * axe (WCAG 2.1 A/AA) in each state: empty, filled, with warnings (light and dark). Also: no sideways
 * page scroll at 360 and 320 px, nothing stored or requested, and the form readable without JavaScript.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const WIDGET = '[data-widget="bullet-builder"]';
const PHONE = {viewport: {width: 360, height: 740}};

const PARTS = {
  system: 'the order API (Node.js, PostgreSQL)',
  work: 'added idempotency keys to order creation',
  context: 'while mobile clients retried on slow networks',
  result: 'retries no longer created duplicate orders',
};
const BULLET =
  'The order API (Node.js, PostgreSQL): added idempotency keys to order creation, while mobile clients retried on slow networks; retries no longer created duplicate orders.';

function lessonPath(): string {
  const xml = readFileSync(join(ROOT, 'build', 'sitemap.xml'), 'utf8');
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc!).pathname;
    if (path.includes('cv-that-survives-thirty-seconds')) return path;
  }
  throw new Error('the lesson "A CV that survives thirty seconds" is not in the sitemap');
}

async function noPageScroll(page: Page): Promise<void> {
  const {scroll, client} = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `the page scrolls sideways: ${scroll}px of content in ${client}px`);
}

/** Presses Tab until the System field has focus, as a keyboard user would. */
async function tabToSystemField(page: Page): Promise<void> {
  const field = page.locator(WIDGET).getByRole('textbox', {name: 'System', exact: true});
  for (let presses = 0; presses < 400; presses++) {
    if (await field.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('Tab never reached the System field');
}

/** The accessible name of the focused element's field, from its <label>. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
  });

describe('bullet builder widget', () => {
  let site: Site;
  const path = lessonPath();

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('builds, copies and checks a bullet, and passes axe in every state (phone, keyboard only)', async () => {
    const {context, recorded} = await newGuardedContext(site, {
      ...PHONE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await screenshotOnFailure(page, 'widget-bullet-builder', async () => {
      await page.goto(`${site.origin}${path}`);
      await waitForHydration(page);
      const widget = page.locator(WIDGET);
      const bullet = widget.locator('[id$="-bullet"]');
      const suggestions = widget.getByRole('status', {name: 'Suggestions'});
      const work = widget.getByRole('textbox', {name: 'What you did', exact: true});

      // empty
      assert.match(await bullet.innerText(), /Your bullet appears here/);
      assert.match(await suggestions.innerText(), /Suggestions appear here as you type/);
      assert.equal(await widget.getByRole('button', {name: 'Copy'}).isDisabled(), true);
      await expectAxeClean(page, 'empty');
      await noPageScroll(page);

      // filled, one field after another with Tab
      await tabToSystemField(page);
      const labels = ['System', 'What you did', 'Production context', 'Result'];
      const values = [PARTS.system, PARTS.work, PARTS.context, PARTS.result];
      for (const [index, value] of values.entries()) {
        if (index > 0) await page.keyboard.press('Tab');
        assert.equal(await focusedLabel(page), labels[index]);
        await page.keyboard.type(value);
      }
      assert.equal(await bullet.innerText(), BULLET);
      assert.match(await suggestions.innerText(), /No suggestions for this bullet/);
      await expectAxeClean(page, 'filled');
      await noPageScroll(page);

      // copy: the clipboard holds the bullet, or the fallback selects it and says so
      await page.keyboard.press('Tab');
      assert.equal(await focusedLabel(page), 'Copy');
      await page.keyboard.press('Enter');
      const copyStatus = widget.locator('p[role="status"]');
      await page.waitForFunction(
        (selector) => (document.querySelector(`${selector} p[role="status"]`)?.textContent ?? '') !== '',
        WIDGET,
      );
      const said = await copyStatus.innerText();
      if (/^Copied\./.test(said)) {
        await page.bringToFront();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), BULLET);
      } else {
        assert.match(said, /copy it by hand/);
        assert.equal(await page.evaluate(() => window.getSelection()?.toString()), BULLET);
        // the fallback moved focus to the bullet; go back to the Copy button for the steps below
        await page.keyboard.press('Tab');
      }

      // with warnings: back to "What you did" and write a vague verb
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedLabel(page), 'What you did');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('worked on idempotency keys for order creation');
      assert.equal(await copyStatus.innerText(), '', 'the copy message goes once the bullet changes');
      const warning = suggestions.getByText(/“worked on” in What you did/);
      await warning.waitFor();
      const warningId = await warning.getAttribute('id');
      const describedBy = (await work.getAttribute('aria-describedby'))!.split(' ');
      assert.ok(warningId && describedBy.includes(warningId), 'the warning is tied to the "What you did" field');
      assert.match(await bullet.innerText(), /^The order API \(Node\.js, PostgreSQL\): worked on idempotency keys/);
      await expectAxeClean(page, 'with warnings, light');
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await expectAxeClean(page, 'with warnings, dark');
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
      await noPageScroll(page);
      await page.setViewportSize({width: 320, height: 740});
      await noPageScroll(page);

      // the warning goes when the vague verb goes
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(PARTS.work);
      await warning.waitFor({state: 'detached'});
      assert.equal(await bullet.innerText(), BULLET);
      assert.equal(await work.evaluate((element) => element === document.activeElement), true);

      // nothing typed was stored
      const stored = await page.evaluate(() =>
        [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`)),
      );
      assert.deepEqual(stored.filter((entry) => /idempotency|order API/.test(entry)), []);
      assert.deepEqual(recorded.foreignRequests, []);
      assert.deepEqual(recorded.consoleErrors, []);
    });
    await context.close();
  });

  it('shows the labelled form, an empty output and a JavaScript note with JavaScript disabled', async () => {
    const context = await site.browser.newContext({...PHONE, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    const widget = page.locator(WIDGET);
    for (const label of ['System', 'What you did', 'Production context', 'Result']) {
      assert.equal(await widget.getByRole('textbox', {name: label, exact: true}).count(), 1, `the ${label} field`);
    }
    assert.match(await widget.innerText(), /needs JavaScript/);
    assert.match(await widget.locator('[id$="-bullet"]').innerText(), /Your bullet appears here/);
    await context.close();
  });
});
