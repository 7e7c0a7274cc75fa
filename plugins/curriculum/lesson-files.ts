/**
 * The lessons of one module folder as they are on disk: the one reader behind the module summaries,
 * the curriculum data and the content checks. Frontmatter comes back as the site shows it
 * (plugins/lesson-frontmatter).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {checklistItems, readLessonSource, type LessonSource} from '../../src/lib/lesson-source';
import type {ChecklistSourceItem} from '../../src/lib/checklist-ids';
import {lessonFrontMatter} from '../lesson-frontmatter';

export const LESSON_FILE = /^\d+-.+\.mdx?$/;
export const MODULE_INDEX_FILE = /^index\.mdx?$/;

export type LessonFile = LessonSource & {fileName: string; path: string; checklist: ChecklistSourceItem[]};

export function readLessonFile(path: string, fileName: string): LessonFile {
  const source = readFileSync(path, 'utf8');
  const lesson = readLessonSource(source);
  // The frontmatter the site shows: versions resolved and minutes derived, as in the build.
  const frontMatter = lessonFrontMatter(path, lesson.frontMatter, lesson.body);
  return {...lesson, frontMatter, fileName, path, checklist: checklistItems(source)};
}

/**
 * The doc id Docusaurus gives a lesson file: folder and file name without their number prefixes or the
 * extension (`docs/04-skills/02-data-modelling.mdx` → `skills/data-modelling`). Lessons set no `id`.
 */
export const lessonDocId = (moduleDir: string, fileName: string): string =>
  `${basename(moduleDir).replace(/^\d+-/, '')}/${fileName.replace(/^\d+-/, '').replace(/\.mdx?$/, '')}`;

/** Lessons of a module folder in sidebar order (their number prefixes), drafts included. */
export function readModuleLessons(moduleDir: string): LessonFile[] {
  return readdirSync(moduleDir)
    .filter((name) => LESSON_FILE.test(name))
    .sort()
    .map((name) => readLessonFile(join(moduleDir, name), name));
}
