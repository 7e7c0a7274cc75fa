/**
 * The StackComparison widget in a real browser, on a phone: chosen by keyboard alone, written to and read
 * from the address, corrected when the address is bad, readable without JavaScript, and axe-clean (WCAG
 * 2.1 A and AA) in every state, in light and dark mode.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {BrowserContext, Page} from 'playwright-core';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Guard, type Site} from './harness';

const PHONE = {viewport: {width: 360, height: 740}};
const CHOOSING = '/docs/stacks/choosing-your-stacks/';
const BENCHMARKS = '/docs/stacks/reading-benchmarks/';
const WIDGET = '[data-widget="stack-comparison"]';
const NAMES = {
  node: 'Node.js with TypeScript',
  python: 'Python',
  java: 'Java with Spring Boot',
  csharp: 'C# with ASP.NET Core',
  go: 'Go',
} as const;

describe('StackComparison widget', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  const widget = (page: Page) => page.locator(WIDGET);
  const box = (page: Page, name: string) => widget(page).getByRole('checkbox', {name, exact: true});
  const where = (page: Page) => page.evaluate(() => `${location.pathname}${location.search}${location.hash}`);
  const status = (page: Page) => widget(page).getByRole('status').innerText();
  const checkedValues = (page: Page) =>
    widget(page)
      .locator('input[type=checkbox]')
      .evaluateAll((boxes) => (boxes as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.value));
  const columns = (page: Page) =>
    widget(page).getByRole('table', {name: 'The selected stacks side by side'}).locator('thead th').allInnerTexts();
  const chartRows = (page: Page) =>
    widget(page)
      .getByRole('table', {name: /The chart as a table/})
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent)));
  const chartLabel = (page: Page) => widget(page).locator('svg[role=img] title').textContent();

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await waitForHydration(page);
    await widget(page).waitFor();
    return page;
  }

  async function expectNoPageScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
  async function tabUntil(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 200): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`${selector} was not reached with ${limit} presses of ${key}`);
  }

  const focusedIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const focusRing = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });

  function expectClean(recorded: Guard): void {
    assert.deepEqual(recorded.consoleErrors, []);
    assert.deepEqual(recorded.foreignRequests, []);
  }

  it('changes the comparison by keyboard on a phone, keeps it in the address, and explains the limits', async () => {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await open(context, CHOOSING);
    await screenshotOnFailure(page, 'stack-comparison-keyboard', async () => {
      assert.equal(await widget(page).count(), 1, 'the lesson shows the widget once');
      assert.deepEqual(await checkedValues(page), ['node', 'go']);
      assert.deepEqual(await columns(page), [NAMES.node, NAMES.go]);
      await expectNoPageScroll(page);
      await expectAxeClean(page, 'default selection', {include: WIDGET});
      const historyLength = await page.evaluate(() => history.length);

      // Add Python: Tab to the first checkbox, Tab once more, Space.
      await tabUntil(page, `${WIDGET} input[value=node]`);
      assert.ok(await focusRing(page), 'the focused checkbox shows a focus ring');
      await page.keyboard.press('Tab');
      assert.ok(await focusedIs(page, `${WIDGET} input[value=python]`));
      await page.keyboard.press('Space');
      assert.deepEqual(await checkedValues(page), ['node', 'python', 'go']);
      assert.equal(await where(page), `${CHOOSING}?compare=node,python,go`);
      assert.equal(await page.evaluate(() => history.length), historyLength, 'replaceState adds no history entry');
      assert.deepEqual(await columns(page), [NAMES.node, NAMES.python, NAMES.go]);
      assert.deepEqual(await chartRows(page), [
        [NAMES.node, 'No figure in the cited source'],
        [NAMES.python, '1.9', 'Django'],
        [NAMES.go, '20.1', 'Fiber'],
      ]);
      assert.match((await chartLabel(page)) ?? '', /Python: 1\.9× \(Django\)/);
      assert.equal(await status(page), `Comparing ${NAMES.node}, ${NAMES.python}, and ${NAMES.go}.`);
      await expectNoPageScroll(page);
      await expectAxeClean(page, 'three stacks', {include: WIDGET});

      // A fourth stack is refused, and the learner is told why.
      await page.keyboard.press('Tab');
      assert.ok(await focusedIs(page, `${WIDGET} input[value=java]`));
      await page.keyboard.press('Space');
      assert.equal(await box(page, NAMES.java).isChecked(), false);
      assert.match(await status(page), /at most three stacks\. Clear one before adding Java with Spring Boot\./);
      assert.equal(await where(page), `${CHOOSING}?compare=node,python,go`);
      await expectAxeClean(page, 'limit of three', {include: WIDGET});

      // Remove Python, then try to go below two.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      assert.deepEqual(await checkedValues(page), ['node', 'go']);
      assert.equal(await where(page), `${CHOOSING}?compare=node,go`);
      assert.deepEqual(await chartRows(page), [
        [NAMES.node, 'No figure in the cited source'],
        [NAMES.go, '20.1', 'Fiber'],
      ]);
      await page.keyboard.press('Shift+Tab');
      assert.ok(await focusedIs(page, `${WIDGET} input[value=node]`));
      await page.keyboard.press('Space');
      assert.equal(await box(page, NAMES.node).isChecked(), true);
      assert.match(await status(page), /at least two stacks/);
      await expectAxeClean(page, 'limit of two', {include: WIDGET});

      // Swap Node.js for C#: add C# first, then clear Node.js.
      await tabUntil(page, `${WIDGET} input[value=csharp]`);
      await page.keyboard.press('Space');
      await tabUntil(page, `${WIDGET} input[value=node]`, 'Shift+Tab');
      await page.keyboard.press('Space');
      assert.deepEqual(await checkedValues(page), ['csharp', 'go']);
      assert.equal(await where(page), `${CHOOSING}?compare=csharp,go`);
      assert.deepEqual(await chartRows(page), [
        [NAMES.csharp, '36.3', 'ASP.NET'],
        [NAMES.go, '20.1', 'Fiber'],
      ]);
      assert.equal(await page.evaluate(() => history.length), historyLength);

      // The comparison table scrolls inside its own region, reached and moved by keyboard.
      await tabUntil(page, `${WIDGET} [role=region]`);
      assert.ok(await focusRing(page), 'the scroll region shows a focus ring');
      const region = widget(page).getByRole('region', {name: 'The selected stacks side by side'});
      assert.ok(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'at 360px the table is wider than its region');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((s) => document.querySelector(`${s} [role=region]`)!.scrollLeft > 0, WIDGET);
      await expectNoPageScroll(page);

      // The address reproduces the choice after a reload.
      await page.reload();
      await waitForHydration(page);
      await page.waitForFunction((s) => (document.querySelector(`${s} input[value=csharp]`) as HTMLInputElement).checked, WIDGET);
      assert.deepEqual(await checkedValues(page), ['csharp', 'go']);
      assert.deepEqual(await columns(page), [NAMES.csharp, NAMES.go]);
      expectClean(recorded);
    });
    await context.close();
  });

  it('keeps go from ?compare=cobol,,go, fills from the defaults, keeps other parameters and the hash, and says so', async () => {
    const {context, recorded} = await newGuardedContext(site, PHONE);
    const page = await open(context, `${CHOOSING}?ref=study-group&compare=cobol,,go#market-fit-who-uses-each-stack`);
    await screenshotOnFailure(page, 'stack-comparison-bad-param', async () => {
      await page.waitForFunction(
        () => location.search === '?ref=study-group&compare=node,go',
        undefined,
        {timeout: 5000},
      );
      assert.equal(await where(page), `${CHOOSING}?ref=study-group&compare=node,go#market-fit-who-uses-each-stack`);
      assert.deepEqual(await checkedValues(page), ['node', 'go']);
      assert.deepEqual(await columns(page), [NAMES.node, NAMES.go]);
      assert.equal(
        await status(page),
        `The link named unknown, repeated or too many stacks, so this shows ${NAMES.node} and ${NAMES.go}.`,
      );
      assert.deepEqual(await chartRows(page), [
        [NAMES.node, 'No figure in the cited source'],
        [NAMES.go, '20.1', 'Fiber'],
      ]);
      await expectNoPageScroll(page);
      await expectAxeClean(page, '?compare=cobol,,go', {include: WIDGET});
      expectClean(recorded);
    });
    await context.close();
  });

  it('applies ?compare= on the benchmarks lesson too, in dark mode, once on the page', async () => {
    const {context, recorded} = await newGuardedContext(site, {...PHONE, colorScheme: 'dark'});
    const page = await open(context, `${BENCHMARKS}?compare=go,JAVA,csharp,python`);
    await screenshotOnFailure(page, 'stack-comparison-benchmarks', async () => {
      assert.equal(await widget(page).count(), 1, 'the lesson shows the widget once');
      await page.waitForFunction(() => location.search === '?compare=java,csharp,go', undefined, {timeout: 5000});
      assert.deepEqual(await checkedValues(page), ['java', 'csharp', 'go']);
      assert.deepEqual(await chartRows(page), [
        [NAMES.java, 'No figure in the cited source'],
        [NAMES.csharp, '36.3', 'ASP.NET'],
        [NAMES.go, '20.1', 'Fiber'],
      ]);
      const chart = widget(page).getByRole('img');
      assert.match((await chart.getAttribute('aria-labelledby')) ?? '', /\S/);
      assert.match((await chartLabel(page)) ?? '', /Java with Spring Boot: No figure in the cited source/);
      assert.match(await widget(page).innerText(), /as cited in the LatoJobs backend guide/);
      assert.match(await widget(page).innerText(), /synthetic test/);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      await expectNoPageScroll(page);
      await expectAxeClean(page, 'dark mode, three stacks with a gap', {include: WIDGET});
      expectClean(recorded);
    });
    await context.close();
  });

  it('shows the default comparison, chart and source with JavaScript disabled', async () => {
    const context = await site.browser.newContext({...PHONE, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}${CHOOSING}?compare=java,python`);
    assert.deepEqual(await columns(page), [NAMES.node, NAMES.go]);
    assert.deepEqual(await chartRows(page), [
      [NAMES.node, 'No figure in the cited source'],
      [NAMES.go, '20.1', 'Fiber'],
    ]);
    assert.match(await widget(page).innerText(), /Source: TechEmpower framework benchmark commentary \(TechEmpower, 2025\)/);
    await context.close();
  });
});
