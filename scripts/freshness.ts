/**
 * `npm run freshness [-- --today YYYY-MM-DD]`: what needs attention soon, as of today (or the given day).
 * - releases in src/data/versions.ts that reach end of life within six months, and whether lessons teach
 *   them as current; current releases whose end of life is not known;
 * - lessons of Next whose `last_reviewed` is more than twelve months old.
 * A report for planning reviews; it does not fail. `npm test` has the deterministic check that no lesson
 * names a release past end of life at its own `last_reviewed` date (scripts/check-content.ts).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {addMonths, releasesEndingBy} from '../src/lib/versions';
import {isoDate} from '../src/lib/frontmatter';
import {readLessonSource} from '../src/lib/lesson-source';
import {LESSON_FILE} from '../plugins/curriculum/lesson-files';
import {products} from '../src/data/versions';
import {display, markdownFiles, ROOT} from './content-files';

export const WARN_MONTHS = 6;
export const REVIEW_MONTHS = 12;

export type Freshness = {
  today: string;
  ending: ReturnType<typeof releasesEndingBy>;
  stale: {file: string; lastReviewed: string | null}[];
};

export function freshness(today: string, docsDir = join(ROOT, 'docs')): Freshness {
  // From today: releases that ended earlier are history (lessons may still write %release/…% facts about them).
  const ending = releasesEndingBy(addMonths(today, WARN_MONTHS), today);
  const reviewedSince = addMonths(today, -REVIEW_MONTHS);
  const stale = markdownFiles(docsDir)
    .filter((path) => LESSON_FILE.test(path.split(/[\\/]/).pop()!))
    .map((path) => ({file: display(path), lastReviewed: isoDate(readLessonSource(readFileSync(path, 'utf8')).frontMatter.last_reviewed)}))
    .filter(({lastReviewed}) => lastReviewed === null || lastReviewed < reviewedSince);
  return {today, ending, stale};
}

export function report({today, ending, stale}: Freshness): string {
  const lines = [`Freshness as of ${today}`, '', `Releases reaching end of life within ${WARN_MONTHS} months (src/data/versions.ts):`];
  if (ending.length === 0) lines.push('  none');
  for (const r of ending) {
    const current = r.current ? `  <- lessons teach it as current: set a newer "current" for ${r.product}` : '';
    lines.push(`  ${r.label}: ends ${r.eol} (${r.source})${current}`);
  }
  const unknown = Object.entries(products).flatMap(([, p]) =>
    p.releases.filter((r) => r.version === p.current && r.eol === null).map(() => p.label(p.current)),
  );
  if (unknown.length) lines.push(`  current releases with no announced or confirmed end of life: ${unknown.join(', ')}`);
  lines.push('', `Lessons not reviewed for ${REVIEW_MONTHS} months (last_reviewed before ${addMonths(today, -REVIEW_MONTHS)}):`);
  if (stale.length === 0) lines.push('  none');
  for (const s of stale) lines.push(`  ${s.file}: last reviewed ${s.lastReviewed ?? 'never (no valid last_reviewed)'}`);
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const given = args[0] === '--today' ? args[1] : undefined;
  if (args.length && (!given || !/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given)))) {
    console.error('usage: npm run freshness [-- --today YYYY-MM-DD]');
    process.exit(2);
  }
  console.log(report(freshness(given ?? new Date().toISOString().slice(0, 10))));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
