/**
 * The salary explorer on its lesson, on a phone (360x740), used with the keyboard only: tab to the
 * amount field, type a value (status sentence and marker appear), type an invalid one (the message
 * appears and is tied to the field). axe (WCAG 2.1 A/AA) in each state: empty, valid, invalid. Also:
 * no horizontal page scroll, nothing stored or requested, and chart and table readable without JS.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const WIDGET = '[data-widget="salary-explorer"]';
const PHONE = {viewport: {width: 360, height: 740}};
const LABEL = /Your amount: an offer or a current salary/;

function lessonPath(): string {
  const xml = readFileSync(join(ROOT, 'build', 'sitemap.xml'), 'utf8');
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc!).pathname;
    if (path.endsWith('/docs/salaries/reading-salary-benchmarks/')) return path;
  }
  throw new Error('the lesson "Reading salary benchmarks" is not in the sitemap');
}

async function noPageScroll(page: Page): Promise<void> {
  const {scroll, client} = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}));
  assert.ok(scroll <= client, `the page scrolls sideways: ${scroll}px of content in ${client}px`);
}

/** Presses Tab until the amount field has focus, as a keyboard user would. */
async function tabToField(page: Page): Promise<void> {
  const field = page.getByLabel(LABEL);
  for (let presses = 0; presses < 400; presses++) {
    if (await field.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('Tab never reached the amount field');
}

/**
 * Every key and value in local and session storage (runs in the page), less what the lesson page itself
 * writes as the reader moves through it: the edition being read (src/lib/last-edition.ts) and the
 * reading place in the progress record (`places`, src/lib/progress.ts). Ticks and read marks stay in.
 */
const storageSnapshot = () => {
  const local: Record<string, string> = {...localStorage};
  delete local['latam-backend-path:edition'];
  const progress = local['latam-backend-path:progress'];
  if (progress !== undefined) {
    const {places: _places, ...rest} = JSON.parse(progress) as Record<string, unknown>;
    local['latam-backend-path:progress'] = JSON.stringify(rest);
  }
  return {local, session: {...sessionStorage}};
};

describe('salary explorer widget', () => {
  let site: Site;
  const path = lessonPath();

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('places a typed amount, rejects a bad one, and passes axe in every state (phone, keyboard only)', async () => {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'widget-salary-explorer', async () => {
      await page.goto(`${site.origin}${path}`);
      await waitForHydration(page);
      const storageBefore = await page.evaluate(storageSnapshot);
      const widget = page.locator(WIDGET);
      const status = widget.getByRole('status');
      const marker = widget.locator('[data-testid="salary-marker"]');
      const field = widget.getByLabel(LABEL);

      // empty
      assert.match(await status.innerText(), /Type an amount/);
      assert.equal(await marker.count(), 0);
      await expectAxeClean(page, 'empty state', {include: WIDGET});
      await noPageScroll(page);

      // a valid value
      await tabToField(page);
      await page.keyboard.type('65,000');
      await page.waitForFunction(() => document.querySelector('[data-testid="salary-marker"]') !== null);
      assert.equal(
        await status.innerText(),
        '$65,000 a year is inside the Latin America range, in its lower third (position 0.20); below the Brazil range, $6,000 under its low end; inside the Argentina range, in its middle third (position 0.37).',
      );
      assert.ok(await marker.isVisible(), 'the marker line is drawn');
      assert.equal(await field.getAttribute('aria-invalid'), null);
      await expectAxeClean(page, 'valid value', {include: WIDGET});
      await noPageScroll(page);

      // an invalid value
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('-5000');
      const alert = widget.getByRole('alert');
      await alert.getByText('A salary cannot be negative.', {exact: false}).waitFor();
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const alertId = await alert.getAttribute('id');
      assert.ok(alertId && describedBy.split(' ').includes(alertId), 'the message is linked to the field by aria-describedby');
      assert.equal(await marker.count(), 0);
      assert.equal(await status.innerText(), 'Nothing is placed on the chart.');
      await expectAxeClean(page, 'invalid value', {include: WIDGET});
      await noPageScroll(page);

      // a half-typed amount is only called wrong once the learner leaves the field
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('65,00');
      assert.equal((await alert.innerText()).trim(), '');
      await page.keyboard.press('Enter');
      await alert.getByText('group thousands in threes', {exact: false}).waitFor();

      assert.deepEqual(await page.evaluate(storageSnapshot), storageBefore, 'the widget stores nothing');
      assert.deepEqual(await page.evaluate(() => ({search: location.search, hash: location.hash})), {search: '', hash: ''});
      assert.deepEqual(recorded.foreignRequests, []);
      assert.deepEqual(recorded.consoleErrors, []);
    });
    await context.close();
  });

  it('shows the chart, the three ranges and their sources with JavaScript disabled', async () => {
    const context = await site.browser.newContext({...PHONE, javaScriptEnabled: false});
    const page = await context.newPage();
    await screenshotOnFailure(page, 'widget-salary-explorer-no-js', async () => {
      await page.goto(`${site.origin}${path}`);
      const widget = page.locator(WIDGET);
      assert.equal(await widget.locator('svg[role="img"] rect').count(), 3);
      const rows = await widget.locator('tbody tr').allInnerTexts();
      assert.equal(rows.length, 3);
      for (const row of rows) assert.match(row, /ParallelStaff.*2026.*Forecast benchmark/s);
      assert.match(await widget.innerText(), /not a promise of pay/);
      await noPageScroll(page);
    });
    await context.close();
  });
});
