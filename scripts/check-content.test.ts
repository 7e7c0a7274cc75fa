import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {checkTrees} from './check-content';
import type {ContentTree} from './content-files';

const lesson = (ids: string[], extra = '') => `---
title: A lesson
description: Short.
objectives:
  - Do a thing
exercise_minutes: 30
level: mid
last_reviewed: 2026-11-28
sources:
  - title: A source
    publisher: Someone
    year: 2026
${extra}---

## Try it

Do it. It takes about 30 minutes.

## Checklist

<Checklist>

${ids.map((id) => `- [ ] I can do ${id}. {#${id}}`).join('\n')}

</Checklist>
`;

/** A translation of Next carries no time of its own: it shows the English lesson's. */
const translation = (ids: string[]) => lesson(ids).replace('exercise_minutes: 30\n', '');

let root: string;
afterEach(() => rmSync(root, {recursive: true, force: true}));

function tree(name: string, kind: ContentTree['kind'], files: Record<string, string>): ContentTree {
  root ??= mkdtempSync(join(tmpdir(), 'content-'));
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), content);
  }
  return {name, dir, kind};
}

describe('content checks', () => {
  it('passes valid lessons', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    expect(checkTrees([tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one', 'api-two'])})])).toEqual([]);
  });

  it('reports a duplicate id across files with both places', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([
      tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one']), '01-a/02-y.mdx': lesson(['api-one'])}),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(23);
    expect(problems[0]!.message).toMatch(/checklist id "api-one" is already used in .*01-x\.mdx:23\. Ids are unique across the site/);
  });

  it('reports a bad frontmatter field at its line', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one']).replace('level: mid', 'level: expert')})]);
    expect(problems).toEqual([
      expect.objectContaining({line: 7, message: 'frontmatter field "level": found "expert"; expected one of junior | mid | senior.'}),
    ]);
  });

  it('reports an item without an id', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one']).replace(' {#api-one}', '')})]);
    expect(problems[0]!.message).toMatch(/has no id: end the line with a permanent id/);
  });

  it('fails when an id published in an edition disappears without being declared', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([
      tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one'])}),
      tree('versioned_docs/version-2026', 'edition', {'01-a/01-x.mdx': lesson(['api-one', 'api-gone'])}),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/"api-gone" was published in versioned_docs\/version-2026 but no current lesson has it.*retiredChecklistIds/);
  });

  it('lets translations repeat the ids of their source', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([
      tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one'])}),
      tree('i18n/es/current', 'translation', {'01-a/01-x.mdx': translation(['api-one'])}),
    ]);
    expect(problems).toEqual([]);
  });

  it('fails on a release past end of life at the lesson\'s last_reviewed date, in Next and its translations only', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const withNode20 = (source: string) => source.replace('Do it.', 'Do it in a Node.js 20 project.');
    const problems = checkTrees([
      tree('docs', 'current', {'01-a/01-x.mdx': withNode20(lesson(['api-one']))}),
      tree('i18n/es/current', 'translation', {'01-a/01-x.mdx': withNode20(translation(['api-one']))}),
      tree('versioned_docs/version-2026', 'edition', {'01-a/01-x.mdx': withNode20(lesson(['api-one']))}),
    ]);
    expect(problems.map((p) => [p.file.replace(/^.*content-[^/]+\//, ''), p.line])).toEqual([
      ['docs/01-a/01-x.mdx', 17],
      ['i18n/es/current/01-a/01-x.mdx', 16],
    ]);
    expect(problems[0]!.message).toMatch(/Node\.js 20, past its end of life \(2026-04-30\) on this lesson's last_reviewed date 2026-11-28.*%version\/node%/);
  });

  it('reports a hand-written minutes in Next and an exercise that contradicts exercise_minutes', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    const problems = checkTrees([
      tree('docs', 'current', {'01-a/01-x.mdx': lesson(['api-one']).replace('exercise_minutes: 30', 'exercise_minutes: 30\nminutes: 45').replace('about 30', 'about 40')}),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/"takes about 40 minutes" in the exercise disagrees with exercise_minutes: 30/),
      expect.stringMatching(/frontmatter field "minutes": found 45; expected no minutes field: the build derives it/),
    ]);
  });
});
