/**
 * The cohort view's load time: 60 progress files and 60 capstone checker reports given to the page's
 * file input at once, timed in the browser from the files' arrival to the grid on screen (the page's
 * own `cohort:load` performance measure). Shared by the benchmark and the cohort view's browser test.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {ROOT} from '../content-files';
import {waitForHydration} from '../../tests/e2e/harness';
import {checkerReport, progressExport} from '../../tests/unit/fixtures/cohort';

export const COHORT_PATH = '/bootcamps/cohort/';
export const COHORT_SIZE = 60;

/** Every checklist item id of the latest edition, from the built syllabus. */
function latestItemIds(): string[] {
  const dir = join(ROOT, 'build', 'curriculum');
  const editions = JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8')) as string[];
  const file = JSON.parse(readFileSync(join(dir, `${editions[0] ?? 'next'}.json`), 'utf8')) as {
    modules: {lessons: {checklist: {id: string}[]}[]}[];
  };
  return file.modules.flatMap((m) => m.lessons.flatMap((l) => l.checklist.map((item) => item.id)));
}

/** A cohort of `size` learners, each with a progress file (a different share of the items) and a report. */
export function cohortFiles(size = COHORT_SIZE): {name: string; mimeType: string; buffer: Buffer}[] {
  const ids = latestItemIds();
  return Array.from({length: size}, (_, i) => {
    const name = `Learner ${String(i + 1).padStart(2, '0')}`;
    const slug = name.toLowerCase().replace(' ', '-');
    return [
      {name: `latam-backend-path-progress-${slug}-2026-12-06.json`, mimeType: 'application/json', buffer: Buffer.from(progressExport(ids.slice(0, (i * 7) % ids.length), name))},
      {name: `${slug}-capstone.json`, mimeType: 'application/json', buffer: Buffer.from(checkerReport(i % 6))},
    ];
  }).flat();
}

/** Milliseconds from the files reaching the page to the grid rendered, and the rows shown. */
export async function cohortLoad(browser: Browser, origin: string, size = COHORT_SIZE): Promise<{ms: number; rows: number}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${COHORT_PATH}`);
    await waitForHydration(page);
    await page.locator('#cohort-files-input').setInputFiles(cohortFiles(size));
    const ms = await page.waitForFunction(() => performance.getEntriesByName('cohort:load', 'measure')[0]?.duration, undefined, {timeout: 30_000});
    const rows = await page.locator('#cohort-table ~ div table tbody tr').count();
    return {ms: Math.round(((await ms.jsonValue()) as number) * 10) / 10, rows};
  } finally {
    await context.close();
  }
}
