/**
 * Docusaurus's `markdown.parseFrontMatter` hook, and the same derivation for scripts that read lesson
 * files themselves: every page's frontmatter as `deriveLessonFrontMatter` (src/lib/lesson-minutes.ts)
 * makes it. Version placeholders in titles, descriptions and objectives are resolved, and a lesson's
 * `minutes` comes from its English lesson: the file itself, or for a translation the English file it
 * translates (read from disk here, so the library stays pure).
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {deriveLessonFrontMatter, type EnglishLesson} from '../../src/lib/lesson-minutes';
import {readLessonSource} from '../../src/lib/lesson-source';
import {englishCounterpart} from '../../src/lib/translations';

/** The English lesson whose words and exercise estimate set this file's `minutes`, or null. */
export function englishLessonFor(filePath: string, frontMatter: Record<string, unknown>, body: string): EnglishLesson | null {
  const normalised = filePath.replace(/\\/g, '/');
  const counterpart = englishCounterpart(normalised, undefined);
  if (!counterpart) return {frontMatter, body};
  const siteDir = normalised.slice(0, normalised.lastIndexOf('/i18n/'));
  const english = join(siteDir, counterpart.source);
  if (!existsSync(english)) return null;
  const {frontMatter: englishFrontMatter, body: englishBody} = readLessonSource(readFileSync(english, 'utf8'));
  return {frontMatter: englishFrontMatter, body: englishBody};
}

export function lessonFrontMatter(filePath: string, frontMatter: Record<string, unknown>, body: string): Record<string, unknown> {
  return deriveLessonFrontMatter(frontMatter, englishLessonFor(filePath, frontMatter, body));
}

export const parseLessonFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  return {...result, frontMatter: lessonFrontMatter(params.filePath, result.frontMatter, result.content)};
};
