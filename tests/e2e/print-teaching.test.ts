/**
 * Print for a study group: the pages a teacher prints (the bootcamps page, a module's print views, the
 * teacher's guide, lessons with widgets) have no blank page, and a widget prints its full data (every
 * stack of the comparison, every salary range) rather than the selection on screen.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../../scripts/content-files';
import {newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';
import {pagesWithContent} from './pdf-pages';

describe('print for teachers and study groups', () => {
  let site: Site;
  const released = JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8')) as string[];

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  const pages = [
    '/bootcamps/',
    `/bootcamps/guide/${released[0]}/`,
    '/docs/stacks/print/',
    '/docs/stacks/print/with-answers/',
    '/docs/stacks/choosing-your-stacks/',
    '/docs/salaries/reading-salary-benchmarks/',
  ];
  for (const path of pages) {
    it(`prints ${path} on A4 with no blank page`, async () => {
      const {context} = await newGuardedContext(site);
      const page = await context.newPage();
      await screenshotOnFailure(page, `print-blank${path}`, async () => {
        await page.goto(`${site.origin}${path}`);
        if (!path.includes('/print/')) await waitForHydration(page);
        const drawn = pagesWithContent(await page.pdf({format: 'A4'}));
        const blank = drawn.flatMap((hasContent, index) => (hasContent ? [] : [index + 1]));
        assert.deepEqual(blank, [], `${path}: ${drawn.length} pages, blank: ${blank.join(', ')}`);
      });
      await context.close();
    });
  }

  it('prints every stack of the comparison widget, whatever the selection on screen', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    await page.goto(`${site.origin}/docs/stacks/choosing-your-stacks/`);
    await waitForHydration(page);
    const widget = page.locator('[data-widget="stack-comparison"]');
    assert.equal(await widget.locator('[hidden]').isVisible(), false, 'the full table is not on screen');
    await page.emulateMedia({media: 'print'});
    const printed = widget.locator('[hidden] table').first();
    assert.ok(await printed.isVisible(), 'the full table prints');
    assert.equal(await printed.locator('thead th').count(), 5);
    assert.equal(await widget.locator('fieldset').isVisible(), false, 'the stack picker does not print');
    await context.close();
  });
});
