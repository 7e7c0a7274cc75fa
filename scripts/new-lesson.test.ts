import {afterEach, describe, expect, it} from 'vitest';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {scaffoldLesson, slugify} from './new-lesson';
import {checkFile} from './check-content';
import {readLessonSource} from '../src/lib/lesson-source';
import {checkLessonFrontMatter} from '../src/lib/frontmatter';

let root: string;
afterEach(() => root && rmSync(root, {recursive: true, force: true}));

function site(): string {
  root = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(root, 'scripts/templates'), {recursive: true});
  cpSync(join(import.meta.dirname, 'templates/lesson.mdx'), join(root, 'scripts/templates/lesson.mdx'));
  mkdirSync(join(root, 'docs/02-the-role'), {recursive: true});
  writeFileSync(join(root, 'docs/02-the-role/07-observability.mdx'), '<Checklist>\n\n- [ ] x {#caching-without-regrets-first-skill}\n\n</Checklist>\n');
  return root;
}

describe('new:lesson', () => {
  it('slugifies titles, accents included', () => {
    expect(slugify('Caching: sin arrepentimientos, ¿verdad?')).toBe('caching-sin-arrepentimientos-verdad');
  });

  it('keeps long titles under 50 characters without cutting a word', () => {
    expect(slugify('Pull request descriptions that reviewers can act on')).toBe('pull-request-descriptions-that-reviewers-can-act');
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(50));
  });

  it('creates the next numbered lesson with valid frontmatter and fresh checklist ids', () => {
    site();
    const file = scaffoldLesson({root, module: '02-the-role', title: 'Caching without regrets', today: '2026-11-28'});
    expect(file).toBe('docs/02-the-role/08-caching-without-regrets.mdx');
    const source = readFileSync(join(root, file), 'utf8');
    const {frontMatter} = readLessonSource(source);
    expect(frontMatter.title).toBe('Caching without regrets');
    expect(checkLessonFrontMatter(frontMatter)).toEqual([]);
    // the prefix "caching-without-regrets" is taken by another lesson's id, so a new one is chosen
    expect(source).toContain('{#caching-without-regrets-2-first-skill}');
    expect(checkFile(join(root, file), source).problems).toEqual([]);
  });

  it('names the modules when the folder does not exist', () => {
    site();
    expect(() => scaffoldLesson({root, module: 'the-role', title: 'X', today: '2026-11-28'})).toThrow(/No module folder docs\/the-role\. Use one of: 02-the-role/);
  });
});
