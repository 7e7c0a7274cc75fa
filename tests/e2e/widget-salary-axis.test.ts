/**
 * The salary explorer's axis on a phone (360x740) in English, Spanish and Portuguese: every visible tick
 * label reads the figure of its tick, in the page's number format, lies wholly inside the chart and
 * touches no other label; the first tick (the axis minimum) is visible, and enough labels are left to
 * read the scale. Spanish and Portuguese labels are the longest ("USD 120 mil", "US$ 120 mil").
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {salaryBenchmarks} from '../../src/data/salaryBenchmarks';
import {formatUsdCompact} from '../../src/lib/numbers';
import {niceAxis} from '../../src/lib/salaryScale';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const WIDGET = '[data-widget="salary-explorer"]';
const PHONE = {viewport: {width: 360, height: 740}};
const LOCALES = [
  {locale: 'en', prefix: ''},
  {locale: 'es', prefix: '/es'},
  {locale: 'pt-BR', prefix: '/pt-BR'},
];

function lessonPath(): string {
  const xml = readFileSync(join(ROOT, 'build', 'sitemap.xml'), 'utf8');
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc!).pathname;
    if (path.endsWith('/docs/salaries/reading-salary-benchmarks/')) return path;
  }
  throw new Error('the lesson "Reading salary benchmarks" is not in the sitemap');
}

type Tick = {tick: number; text: string; visible: boolean; left: number; right: number; top: number; bottom: number};

/** Each tick label's figure, text, visibility and box, and the chart's box (runs in the page). */
const readAxis = (page: Page) =>
  page.locator(WIDGET).evaluate((widget) => {
    const svg = widget.querySelector('svg')!.getBoundingClientRect();
    const ticks = Array.from(widget.querySelectorAll<SVGTextElement>('text[data-tick]')).map((label) => {
      const box = label.getBoundingClientRect();
      return {
        tick: Number(label.dataset.tick),
        text: label.textContent ?? '',
        visible: getComputedStyle(label).display !== 'none' && box.width > 0,
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
      };
    });
    return {chart: {left: svg.left, right: svg.right, top: svg.top, bottom: svg.bottom}, ticks};
  });

/** What is wrong with the axis as read: a label clipped, overlapping, missing or reading another figure. */
function axisProblems({chart, ticks}: Awaited<ReturnType<typeof readAxis>>, locale: string): string[] {
  const problems: string[] = [];
  const expected = niceAxis(salaryBenchmarks.flatMap((b) => [b.min, b.max])).ticks;
  assert.deepEqual(
    ticks.map((t) => t.tick),
    expected,
    'the chart draws the ticks of the benchmark ranges',
  );
  const visible = ticks.filter((t) => t.visible);
  if (visible[0]?.tick !== expected[0]) problems.push(`the first tick (${expected[0]}) has no visible label`);
  if (visible.length < 3) problems.push(`only ${visible.length} tick labels are visible`);
  for (const t of visible) {
    if (t.text !== formatUsdCompact(t.tick, locale)) problems.push(`the tick at ${t.tick} reads "${t.text}", not "${formatUsdCompact(t.tick, locale)}"`);
    if (t.left < chart.left - 0.5 || t.right > chart.right + 0.5 || t.top < chart.top - 0.5 || t.bottom > chart.bottom + 0.5) {
      problems.push(`"${t.text}" is cut off: ${t.left.toFixed(1)}–${t.right.toFixed(1)} px in a chart of ${chart.left.toFixed(1)}–${chart.right.toFixed(1)} px`);
    }
  }
  const byLeft = [...visible].sort((a, b) => a.left - b.left);
  for (let i = 1; i < byLeft.length; i++) {
    const [a, b] = [byLeft[i - 1]!, byLeft[i]!];
    if (b.left < a.right) problems.push(`"${a.text}" and "${b.text}" overlap by ${(a.right - b.left).toFixed(1)} px`);
  }
  return problems;
}

describe('salary explorer axis on a phone', () => {
  let site: Site;
  const path = lessonPath();

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  for (const {locale, prefix} of LOCALES) {
    it(`shows every tick label whole, apart and with its own figure in ${locale} at 360 px`, async () => {
      const {context, recorded} = await newGuardedContext(site, PHONE);
      const page = await context.newPage();
      await screenshotOnFailure(page, `widget-salary-axis-${locale}`, async () => {
        await page.goto(`${site.origin}${prefix}${path}`);
        await waitForHydration(page);
        await page.locator(WIDGET).scrollIntoViewIfNeeded();
        assert.deepEqual(axisProblems(await readAxis(page), locale), []);
        assert.deepEqual(recorded.consoleErrors, []);
        assert.deepEqual(recorded.foreignRequests, []);

        // The check itself can fail: with every label shown and centred on its tick, as the chart once
        // drew them, the long Spanish and Portuguese labels are cut off at the edge and overlap.
        if (locale === 'en') return;
        await page.locator(WIDGET).evaluate((widget) => {
          for (const label of Array.from(widget.querySelectorAll<SVGTextElement>('text[data-tick]'))) {
            label.style.display = 'inline';
            label.setAttribute('text-anchor', 'middle');
          }
        });
        const broken = axisProblems(await readAxis(page), locale);
        assert.ok(broken.some((p) => p.includes('cut off')) && broken.some((p) => p.includes('overlap')), `the old layout is reported (${broken.join('; ')})`);
      });
      await context.close();
    });
  }
});
