/**
 * Custom markdownlint rules for lessons. Each finding names the line, what is wrong and how to fix it.
 * Loaded by .markdownlint-cli2.mjs (run under tsx: `npm run lint:md`).
 */
import {basename} from 'node:path';
import {checkLessonLayout, localeOfPath} from '../../src/lib/lesson-layout';
import {LESSON_FILE} from '../../plugins/curriculum/lesson-files';

type OnError = (error: {lineNumber: number; detail?: string; context?: string}) => void;
type RuleParams = {name: string; lines: readonly string[]; frontMatterLines: readonly string[]};
export type Rule = {
  names: string[];
  description: string;
  tags: string[];
  parser: 'none';
  function: (params: RuleParams, onError: OnError) => void;
};

const isLesson = (name: string): boolean =>
  LESSON_FILE.test(basename(name)) && /(^|[\\/])(docs|versioned_docs|i18n)[\\/]/.test(name);

export const lessonLayout: Rule = {
  names: ['LBP001', 'lesson-layout'],
  description: 'Lessons follow the fixed layout (sections in order, self-check, checklist, sources, prose length)',
  tags: ['lesson'],
  parser: 'none',
  function(params, onError) {
    if (!isLesson(params.name)) return;
    for (const problem of checkLessonLayout([...params.lines], localeOfPath(params.name))) {
      onError({lineNumber: problem.line, detail: problem.message});
    }
  },
};

export default [lessonLayout];
