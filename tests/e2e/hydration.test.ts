/**
 * How a lesson starts in the browser: the head is written once, with the lesson's tags
 * (src/clientModules/hydration.ts), and the plain blocks keep the server's HTML without being hydrated
 * while their links still navigate in the app (src/components/StaticBlock).
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const MATH_LESSON = '/docs/the-role/reliability/';
const PHONE = {viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true};

/** Records, from the first byte, every head change that restyles the page or flips its title. */
function recordHeadChanges(): void {
  const changes: string[] = [];
  (window as unknown as {headChanges: string[]}).headChanges = changes;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target === document.documentElement && mutation.attributeName === 'class') {
        changes.push(`html class: ${document.documentElement.className}`);
      }
      for (const node of Array.from(mutation.removedNodes)) {
        if (node instanceof HTMLLinkElement && node.rel === 'stylesheet') changes.push(`stylesheet removed: ${node.href}`);
        if (node.parentNode === null && mutation.target.nodeName === 'TITLE') changes.push(`title: ${document.title}`);
      }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true});
}

describe('how a lesson starts', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  async function onMathLesson(name: string, check: (page: Page) => Promise<void>): Promise<void> {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await context.newPage();
    await page.addInitScript(recordHeadChanges);
    await screenshotOnFailure(page, name, async () => {
      await page.goto(`${site.origin}${MATH_LESSON}`);
      await waitForHydration(page);
      await check(page);
    });
    assert.deepEqual(recorded.consoleErrors, []);
    await context.close();
  }

  it('writes the head once: no stylesheet removed, no title or class flip', () =>
    onMathLesson('head-written-once', async (page) => {
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => (window as unknown as {headChanges: string[]}).headChanges), []);
      assert.equal(await page.title(), 'Reliability | LATAM Backend Path');
    }));

  it("keeps the plain blocks' server HTML, and their links navigate without reloading the page", () =>
    onMathLesson('static-block-links', async (page) => {
      const link = page.getByRole('link', {name: 'security lesson', exact: true});
      assert.equal(await link.evaluate((a) => Object.keys(a).some((key) => key.startsWith('__reactFiber'))), false, 'the paragraph was hydrated');
      await page.evaluate(() => Object.assign(window, {sameDocument: true}));

      await link.click();
      await page.waitForURL(`${site.origin}/docs/the-role/security-and-access-control/`);
      await page.getByRole('heading', {level: 1, name: /Security/}).waitFor();
      assert.equal(await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument), true, 'the link reloaded the page');
      const paragraphs = await page.locator('.theme-doc-markdown p').evaluateAll((ps) => ps.filter((p) => p.textContent!.trim() !== '').length);
      assert.ok(paragraphs > 10, `the lesson reached in the app shows its paragraphs (${paragraphs})`);

      await page.goBack();
      await page.waitForURL(`${site.origin}${MATH_LESSON}`);
      await page.getByRole('link', {name: 'security lesson', exact: true}).waitFor();
    }));
});
