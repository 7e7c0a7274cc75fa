import {describe, expect, it} from 'vitest';
import {mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {lessonStats} from './content-stats';

const template = readFileSync(join(import.meta.dirname, 'templates/lesson.mdx'), 'utf8');

/** A docs folder with one module of two lessons from the template: one keeps its stretch step, one drops it. */
function docsWithTwoLessons(): string {
  const docs = mkdtempSync(join(tmpdir(), 'content-stats-'));
  mkdirSync(join(docs, '01-module'));
  writeFileSync(join(docs, '01-module', '01-with-stretch.mdx'), template);
  writeFileSync(
    join(docs, '01-module', '02-without-stretch.mdx'),
    template.split('\n').filter((line) => !line.startsWith('**Stretch:**')).join('\n'),
  );
  return docs;
}

describe('content stats', () => {
  it('counts, per lesson, whether its exercise has a stretch step', () => {
    const rows = lessonStats(docsWithTwoLessons());
    expect(rows.map((row) => [row.lesson, row.exercises, row.stretch])).toEqual([
      ['01-module/01-with-stretch.mdx', 1, 1],
      ['01-module/02-without-stretch.mdx', 1, 0],
    ]);
  });
});
