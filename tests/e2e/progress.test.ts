/**
 * Learner progress in a real browser: ticks survive reloads, follow other tabs, survive garbage in
 * storage, move through export and import, reject malformed files, and the checklist reads without JS.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

const STORAGE_KEY = 'latam-backend-path:progress';

/** The first lesson in the build that has a checklist, and its first item id. */
function lessonWithChecklist(): {path: string; id: string} {
  const xml = readFileSync(join(ROOT, 'build', 'sitemap.xml'), 'utf8');
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc!).pathname;
    if (!path.startsWith('/docs/') || path.startsWith('/docs/next/')) continue;
    const html = readFileSync(join(ROOT, 'build', path, 'index.html'), 'utf8');
    const match = /id="?checklist-([a-z0-9-]+)/.exec(html);
    if (match) return {path, id: match[1]!};
  }
  throw new Error('no lesson with a checklist in the build');
}

describe('learner progress', () => {
  let site: Site;
  const lesson = lessonWithChecklist();
  const checkbox = (page: Page, id = lesson.id) => page.locator(`#checklist-${id}`);

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  /** Ticks appear just after hydration, when the store has read localStorage. */
  const waitForTick = (page: Page, checked: boolean) =>
    page.waitForFunction(
      ([id, want]) => (document.getElementById(`checklist-${id}`) as HTMLInputElement | null)?.checked === want,
      [lesson.id, checked] as const,
      {timeout: 5000},
    );

  async function open(page: Page, path = lesson.path) {
    await page.goto(`${site.origin}${path}`);
    await waitForHydration(page);
  }

  it('keeps a tick after a reload', async () => {
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'tick-reload', async () => {
      await open(page);
      await checkbox(page).check();
      await page.reload();
      await waitForHydration(page);
      await waitForTick(page, true);
      assert.deepEqual(recorded.consoleErrors, []);
    });
    await context.close();
  });

  it('updates another open tab', async () => {
    const {context} = await newGuardedContext(site);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await screenshotOnFailure(second, 'two-tabs', async () => {
      await open(first);
      await open(second);
      await checkbox(first).check();
      await second.waitForFunction((id) => (document.getElementById(`checklist-${id}`) as HTMLInputElement).checked, lesson.id, {timeout: 5000});
      await checkbox(first).uncheck();
      await second.waitForFunction((id) => !(document.getElementById(`checklist-${id}`) as HTMLInputElement).checked, lesson.id, {timeout: 5000});
    });
    await context.close();
  });

  it('survives garbage in storage: the page works, the learner is told, the garbage is kept aside', async () => {
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'garbage', async () => {
      await open(page);
      await page.evaluate((key) => localStorage.setItem(key, '{not json at all'), STORAGE_KEY);
      await page.reload();
      await waitForHydration(page);
      const alert = page.getByRole('alert').first();
      assert.match(await alert.innerText(), /could not be read\. A copy was kept aside/);
      const kept = await page.evaluate((key) => {
        const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`));
        return aside.map((k) => localStorage.getItem(k));
      }, STORAGE_KEY);
      assert.deepEqual(kept, ['{not json at all']);
      await checkbox(page).check();
      assert.equal(await checkbox(page).isChecked(), true);
      assert.deepEqual(recorded.consoleErrors, []);
    });
    await context.close();
  });

  it('brings the same ticks back after export, reset and import; a malformed file changes nothing', async () => {
    const {context} = await newGuardedContext(site, {acceptDownloads: true});
    const page = await context.newPage();
    await screenshotOnFailure(page, 'export-import', async () => {
      await open(page);
      await checkbox(page).check();
      await open(page, '/progress/');
      const before = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).ticks, STORAGE_KEY);
      assert.ok(lesson.id in before);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download progress file'}).click()]);
      const exported = join(mkdtempSync(join(tmpdir(), 'progress-')), 'export.json');
      await download.saveAs(exported);

      await page.getByRole('button', {name: 'Reset progress'}).click();
      await page.getByRole('button', {name: 'Yes, erase'}).click();
      assert.deepEqual(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).ticks, STORAGE_KEY), {});

      const malformed = join(tmpdir(), 'malformed-progress.json');
      writeFileSync(malformed, '{"schemaVersion": 2, "ticks": {"__proto__": {"x": 1}}}');
      await page.locator('#progress-import').setInputFiles(exported);
      await page.getByText(/Imported\./).waitFor();
      assert.deepEqual(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).ticks, STORAGE_KEY), before);

      await page.locator('#progress-import').setInputFiles(malformed);
      assert.match(await page.getByRole('alert').innerText(), /can't be imported: .*Nothing was changed/);
      assert.deepEqual(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).ticks, STORAGE_KEY), before);
    });
    await context.close();
  });

  it('carries ticks between editions, and the progress page counts the edition being read', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'editions', async () => {
      await open(page);
      await checkbox(page).check();
      await open(page, lesson.path.replace('/docs/', '/docs/next/'));
      await waitForTick(page, true); // a tick made in the latest edition shows in Next
      await open(page, '/progress/');
      const chosen = () => page.locator('input[name=progress-edition]:checked');
      await page.waitForFunction(() => (document.querySelector('input[name=progress-edition]:checked') as HTMLInputElement | null)?.value === 'next');
      await open(page, lesson.path);
      await page.waitForFunction(() => localStorage.getItem('latam-backend-path:edition') !== 'next');
      await open(page, '/progress/');
      assert.notEqual(await chosen().inputValue(), 'next', 'the progress page follows the edition last read');
      assert.match(await page.getByRole('heading', {level: 2}).first().innerText(), /Overall \(edition \d{4}\)/);
    });
    await context.close();
  });

  it('keeps progress when the learner switches language', async () => {
    const {context, recorded} = await newGuardedContext(site);
    const page = await context.newPage();
    await screenshotOnFailure(page, 'switch-language', async () => {
      await open(page);
      await checkbox(page).check();
      for (const locale of ['es', 'pt-BR']) {
        await open(page, `/${locale}${lesson.path}`);
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        await waitForTick(page, true);
      }
      assert.deepEqual(recorded.consoleErrors, []);
    });
    await context.close();
  });

  it('shows the checklist with JavaScript disabled', async () => {
    const context = await site.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}${lesson.path}`);
    const labels = await page.locator('label[for^="checklist-"]').allInnerTexts();
    assert.ok(labels.length >= 3, `expected at least 3 checklist labels, found ${labels.length}`);
    assert.equal(await checkbox(page).count(), 1);
    await context.close();
  });
});
