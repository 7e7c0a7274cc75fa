/**
 * The cohort view in a real browser: a teacher's files (valid, malformed, one learner twice, another
 * edition, a hostile name) give the expected grid and messages; the CSV is the grid; the page reads
 * without JavaScript, is axe-clean at 360 px and on a desktop, adds no JavaScript to other pages, and
 * loads 60 + 60 files (the bench row's measure).
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {ROOT} from '../../scripts/content-files';
import {cohortLoad, COHORT_PATH, COHORT_SIZE} from '../../scripts/bench/cohort-load';
import {checkerReport, progressExport} from '../unit/fixtures/cohort';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

type Syllabus = {edition: string; label: string; modules: {title: string; lessons: {checklist: {id: string}[]}[]}[]};
const syllabus = (edition: string): Syllabus => JSON.parse(readFileSync(join(ROOT, 'build', 'curriculum', `${edition}.json`), 'utf8')) as Syllabus;
const itemsOf = (s: Syllabus) => s.modules.flatMap((m) => m.lessons.flatMap((l) => l.checklist.map((i) => i.id)));
const json = (name: string, text: string) => ({name, mimeType: 'application/json', buffer: Buffer.from(text)});

/** Reads CSV as written by src/lib/cohort.ts (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const tableTexts = (page: Page) =>
  page.locator('#cohort-table ~ div table tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')));

describe('cohort view', () => {
  let site: Site;
  const released = JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8')) as string[];
  const latest = syllabus(released[0]!);
  const next = syllabus('next');
  const latestIds = itemsOf(latest);
  const nextOnly = itemsOf(next).filter((id) => !latestIds.includes(id));

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('reads without JavaScript: instructions, and a file input that says it needs JavaScript', async () => {
    const context = await site.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.origin}${COHORT_PATH}`);
    assert.match(await page.locator('main').innerText(), /What to ask your learners for/);
    assert.match(await page.locator('main').innerText(), /Reading files needs JavaScript/);
    assert.equal(await page.locator('#cohort-files-input').isDisabled(), true);
    await context.close();
  });

  it('gives the expected grid and messages for a mixed cohort, and a CSV equal to the grid', async () => {
    assert.ok(nextOnly.length > 0, 'the test needs an item that only the Next edition has');
    const {context, recorded} = await newGuardedContext(site, {acceptDownloads: true});
    const page = await context.newPage();
    await screenshotOnFailure(page, 'cohort-grid', async () => {
      await page.goto(`${site.origin}${COHORT_PATH}`);
      await waitForHydration(page);
      const anaFirst = latestIds.slice(0, 3);
      const anaLater = latestIds.slice(2, 6);
      await page.locator('#cohort-files-input').setInputFiles([
        json('latam-backend-path-progress-ana-souza-2026-11-01.json', progressExport(anaFirst, 'Ana Souza')),
        json('ana-souza-capstone.json', checkerReport(2)),
        json('latam-backend-path-progress-ana-souza-2026-12-01.json', progressExport(anaLater, 'Ana Souza')),
        json('broken.json', '{"format": "latam-backend-path-progress", "ticks": '),
        json('bruno-lima.json', progressExport(nextOnly.slice(0, 2), 'Bruno Lima')),
        json('x.json', progressExport([latestIds[0]!], '=HYPERLINK("http://evil.example")<img src=x onerror="window.__pwned=1">')),
      ]);
      await page.locator('#cohort-table').waitFor();
      assert.equal(await page.getByRole('status').innerText(), '6 files read: 3 learners, 1 files not loaded.');
      const notes = await page.locator('details li').allInnerTexts();
      assert.deepEqual(notes, [
        'latam-backend-path-progress-ana-souza-2026-11-01.json: progress of Ana Souza.',
        'ana-souza-capstone.json: another file of Ana Souza, merged into the same row.',
        'latam-backend-path-progress-ana-souza-2026-12-01.json: another file of Ana Souza, merged into the same row.',
        'broken.json was not loaded: it is not valid JSON.',
        'bruno-lima.json: progress of Bruno Lima.',
        'x.json: progress of =HYPERLINK("http://evil.example")<img src=x onerror="window.__pwned=1">.',
      ]);
      // The Next edition holds Bruno's ticks and Ana's report, so the cohort is placed there.
      assert.equal(await page.getByRole('radio', {name: next.label}).isChecked(), true);
      assert.equal(await page.locator('table img').count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned), undefined);

      const texts = await tableTexts(page);
      const header = texts[0]!;
      assert.deepEqual(header.slice(0, 3), ['Learner', 'All items', next.modules[0]!.title]);
      assert.deepEqual(header.slice(-5), ['Capstone 1: contract', 'Capstone 2: data', 'Capstone 3: idempotency', 'Capstone 4: security', 'Capstone 5: operations']);
      const expectedCounts = (ticks: string[]) => {
        const all = itemsOf(next);
        const modules = next.modules.map((m) => m.lessons.flatMap((l) => l.checklist.map((i) => i.id)));
        return [`${all.filter((id) => ticks.includes(id)).length}/${all.length}`, ...modules.map((ids) => `${ids.filter((id) => ticks.includes(id)).length}/${ids.length}`)];
      };
      const names = texts.slice(1).map((row) => row[0]);
      assert.deepEqual(names, ['=HYPERLINK("http://evil.example")<img src=x onerror="window.__pwned=1">', 'Ana Souza', 'Bruno Lima']);
      const ana = texts[2]!;
      assert.deepEqual(ana.slice(1, 2 + next.modules.length), expectedCounts([...new Set([...anaFirst, ...anaLater])]));
      assert.deepEqual(ana.slice(-5), ['passed', 'passed', 'failed', 'not run', 'not run']);
      assert.deepEqual(texts[3]!.slice(1, 2 + next.modules.length), expectedCounts(nextOnly.slice(0, 2)));
      assert.deepEqual(texts[3]!.slice(-5), ['no data', 'no data', 'no data', 'no data', 'no data']);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download the table as CSV'}).click()]);
      const csv = readFileSync((await download.path())!, 'utf8');
      assert.ok(csv.startsWith('\ufeff'));
      const parsed = parseCsv(csv.slice(1));
      assert.deepEqual(parsed.slice(1).map((row) => row.slice(1)), texts.slice(1).map((row) => row.slice(1)));
      assert.deepEqual(parsed[0], header);
      assert.equal(parsed[1]![0], `'${names[0]}`, 'a name that starts with = is written as text');
      assert.deepEqual(parsed.slice(2).map((row) => row[0]), names.slice(1));

      // In the released edition, Bruno's ticks belong elsewhere and Ana's report links to Next: both are said.
      await page.getByRole('radio', {name: latest.label}).check();
      const editionNotes = await page.getByRole('list', {name: 'Notes on editions'}).locator('li').allInnerTexts();
      assert.ok(editionNotes.includes(`Ana Souza: the capstone checker report links to edition ${next.label}; its stages are shown here as they are.`), editionNotes.join('\n'));
      assert.ok(editionNotes.includes(`Bruno Lima: 2 ticked items are not in this edition (they are in: ${next.label}); they are not counted here.`), editionNotes.join('\n'));

      await page.getByRole('radio', {name: 'Modules and lessons'}).check();
      assert.ok((await tableTexts(page))[0]!.length > header.length);
      await expectAxeClean(page, 'cohort view, desktop, with a cohort');
      await page.setViewportSize({width: 360, height: 800});
      await expectAxeClean(page, 'cohort view, 360 px, with a cohort');
    });
    assert.deepEqual(recorded.consoleErrors, []);
    assert.deepEqual(recorded.foreignRequests, []);
    await context.close();
  });

  it('adds no JavaScript to other pages', async () => {
    const {context} = await newGuardedContext(site);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    for (const path of ['/', '/bootcamps/', '/progress/', '/docs/the-role/api-design/']) {
      await page.goto(`${site.origin}${path}`, {waitUntil: 'networkidle'});
    }
    const carrying = [...scripts].filter((path) => readFileSync(join(ROOT, 'build', path), 'utf8').includes('cohort:load'));
    assert.deepEqual(carrying, []);
    await context.close();
  });

  it(`loads ${COHORT_SIZE} progress files and ${COHORT_SIZE} checker reports (the bench row)`, async () => {
    const {ms, rows} = await cohortLoad(site.browser, site.origin);
    assert.equal(rows, COHORT_SIZE);
    assert.ok(ms > 0);
    console.log(`cohort view: ${COHORT_SIZE} + ${COHORT_SIZE} files in ${ms} ms (budget ${JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')).cohortLoadMs} ms, checked by npm run bench)`);
  });
});
