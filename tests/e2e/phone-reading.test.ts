/**
 * Reading on a phone (360 px), in each language: "Continue" on the home page reopens the last lesson at
 * the section reached, read lessons are marked in the sidebar and on the module page, the code wrap
 * choice applies and survives a reload, and no code block, table or formula makes the page itself
 * scroll sideways.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const PHONE = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true};
const STORAGE_KEY = 'latam-backend-path:progress';
const LOCALES = [
  {locale: 'en', prefix: '', wrap: 'Wrap lines'},
  {locale: 'es', prefix: '/es', wrap: 'Ajustar líneas'},
  {locale: 'pt-BR', prefix: '/pt-BR', wrap: 'Quebrar linhas'},
];
/** Two lessons of one module, both with code, tables and (the first) a formula. */
const MODULE = '/docs/skills/';
const FIRST = {id: 'skills/data-modelling', path: '/docs/skills/data-modelling/'};
const SECOND = {id: 'skills/testing-maturity', path: '/docs/skills/testing-maturity/'};

/** Every lesson of the latest edition in a locale's sitemap: the pages with a "lesson read" box. */
function lessonPaths(prefix: string): string[] {
  const xml = readFileSync(join(ROOT, 'build', prefix, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, loc]) => new URL(loc!).pathname)
    .filter((path) => path.startsWith(`${prefix}/docs/`) && !path.startsWith(`${prefix}/docs/next/`))
    .filter((path) => readFileSync(join(ROOT, 'build', path, 'index.html'), 'utf8').match(/id="?lesson-read-/));
}

/**
 * How wide the page is, and the lesson's elements that reach past the screen's right edge outside any
 * box that scrolls sideways (content the page would push sideways, or cut off where a box clips it).
 */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    // No helper functions in here: the test runner's compiler would wrap them in one the page lacks.
    const viewport = window.innerWidth;
    const outside: string[] = [];
    for (const element of Array.from(document.querySelectorAll('article *'))) {
      const {right, width} = element.getBoundingClientRect();
      // KaTeX's MathML copy of a formula is for screen readers only: clipped to nothing on screen.
      if (width === 0 || right <= viewport + 1 || element.closest('.katex-mathml')) continue;
      let ancestor = element.parentElement;
      while (ancestor && ancestor.tagName !== 'ARTICLE' && !['auto', 'scroll'].includes(getComputedStyle(ancestor).overflowX)) {
        ancestor = ancestor.parentElement;
      }
      if (!ancestor || ancestor.tagName === 'ARTICLE') outside.push(`${element.tagName.toLowerCase()}.${element.classList[0] ?? ''} ${Math.round(right)} px`);
    }
    return {scrollWidth: document.documentElement.scrollWidth, viewport, outside: outside.slice(0, 3)};
  });

describe('reading on a phone', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  async function open(page: Page, path: string): Promise<void> {
    await page.goto(`${site.origin}${path}`);
    await waitForHydration(page);
  }

  /** Scrolls to the end of the lesson, where its "lesson read" box ticks itself. */
  async function readToTheEnd(page: Page): Promise<void> {
    const box = page.locator('input[id^="lesson-read-"]');
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('input[id^="lesson-read-"]') as HTMLInputElement).checked, undefined, {timeout: 5000});
  }

  for (const {locale, prefix, wrap} of LOCALES) {
    it(`${locale}: Continue reopens the second lesson at its section; read marks in the sidebar and module page`, async () => {
      const {context, recorded} = await newGuardedContext(site, PHONE);
      const page = await context.newPage();
      await screenshotOnFailure(page, `continue-${locale}`, async () => {
        await open(page, prefix + '/');
        assert.equal(await page.locator('[data-continue]').count(), 0, 'a first-time visitor sees no "Continue"');
        assert.ok(await page.locator('.button--primary', {hasText: /Start here|Empieza aquí|Comece aqui/}).isVisible());

        await open(page, prefix + FIRST.path);
        await readToTheEnd(page);

        await open(page, prefix + SECOND.path);
        const title = (await page.locator('article h1').innerText()).trim();
        const section = await page.locator('article .markdown h2[id]').nth(2).evaluate((heading) => {
          heading.scrollIntoView({block: 'start'});
          return heading.id;
        });
        await page.waitForFunction(
          ([key, loc, id]) => JSON.parse(localStorage.getItem(key) ?? '{}').places?.[loc]?.section === id,
          [STORAGE_KEY, locale, section] as const,
          {timeout: 5000},
        );

        await open(page, prefix + '/');
        const cta = page.locator('[data-continue]');
        await cta.waitFor();
        assert.ok((await cta.innerText()).includes(title), `"Continue" names the lesson: ${await cta.innerText()}`);
        await cta.tap();
        await page.waitForURL(`${site.origin}${prefix}${SECOND.path}#${encodeURI(section)}`);
        await page.waitForFunction(
          (id) => {
            const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
            return top >= 0 && top < 200;
          },
          section,
          {timeout: 5000},
        );

        // The second lesson was left mid-way: only the first one is read.
        await open(page, prefix + MODULE);
        await page.locator(`[data-lesson-read="${FIRST.id}"]`).waitFor({timeout: 5000});
        assert.equal(await page.locator(`[data-lesson-read="${SECOND.id}"]`).count(), 0);

        await open(page, prefix + SECOND.path);
        await page.locator('.navbar__toggle').tap();
        await page.locator('.navbar-sidebar--show').waitFor();
        const read = page.locator(`.navbar-sidebar .menu__list-item--read a[href="${prefix}${FIRST.path}"]`);
        await read.waitFor({timeout: 5000});
        assert.match((await read.getAttribute('aria-label')) ?? '', /, (read|leída|lida)$/);
        assert.equal(await page.locator(`.navbar-sidebar .menu__list-item--read a[href="${prefix}${SECOND.path}"]`).count(), 0);
      });
      assert.deepEqual(recorded.consoleErrors, []);
      await context.close();
    });

    it(`${locale}: the wrap toggle wraps every code block and the choice survives a reload`, async () => {
      const {context, recorded} = await newGuardedContext(site, PHONE);
      const page = await context.newPage();
      await screenshotOnFailure(page, `wrap-${locale}`, async () => {
        await open(page, prefix + FIRST.path);
        const scrollsSideways = () =>
          page.evaluate(() => Array.from(document.querySelectorAll('article pre'), (pre) => pre.scrollWidth > pre.clientWidth));
        assert.ok((await scrollsSideways()).some(Boolean), 'the lesson has code wider than a phone');
        const toggle = page.getByRole('button', {name: wrap}).first();
        assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
        await toggle.tap();
        assert.deepEqual(new Set(await scrollsSideways()), new Set([false]), 'wrapped code fits the screen');

        await page.reload();
        await waitForHydration(page);
        await page.waitForFunction(() => document.querySelector('article pre')?.scrollWidth === document.querySelector('article pre')?.clientWidth, undefined, {timeout: 5000});
        assert.equal(await page.getByRole('button', {name: wrap}).last().getAttribute('aria-pressed'), 'true');
        assert.deepEqual(new Set(await scrollsSideways()), new Set([false]));
      });
      assert.deepEqual(recorded.consoleErrors, []);
      await context.close();
    });

    it(`${locale}: no lesson is wider than the screen, and nothing floats over the text`, async () => {
      const {context} = await newGuardedContext(site, PHONE);
      const page = await context.newPage();
      const paths = lessonPaths(prefix);
      assert.ok(paths.length >= 30, `found ${paths.length} lessons`);
      await screenshotOnFailure(page, `overflow-${locale}`, async () => {
        const wide: string[] = [];
        for (const path of paths) {
          await open(page, path);
          const {scrollWidth, viewport, outside} = await pageOverflow(page);
          if (scrollWidth > viewport || outside.length > 0) wide.push(`${path}: ${scrollWidth} px wide; ${outside.join(', ')}`);
        }
        assert.deepEqual(wide, [], `pages wider than ${PHONE.viewport.width} px`);

        // The theme's floating button (shown on scrolling up) would sit over the text: on a phone it is
        // never drawn, and the page ends with a back-to-top link instead.
        const display = await page.locator('.theme-back-to-top-button').evaluate((button) => getComputedStyle(button).display);
        assert.equal(display, 'none', 'the floating back-to-top button is not drawn on a phone');
        await page.locator('.back-to-top-link').scrollIntoViewIfNeeded();
        assert.ok(await page.locator('.back-to-top-link').isVisible(), 'the page ends with a back-to-top link');
      });
      await context.close();
    });
  }
});
