/**
 * Custom markdownlint rules for lessons. Each finding names the line, what is wrong and how to fix it.
 * Loaded by .markdownlint-cli2.mjs (run under tsx: `npm run lint:md`).
 */
import {basename} from 'node:path';
import {checkLessonLayout, localeOfPath, missingStretchStep} from '../../src/lib/lesson-layout';
import {LESSON_FILE} from '../../plugins/curriculum/lesson-files';
import {unsourcedFigures} from '../../src/lib/figures';
import {readLessonSource} from '../../src/lib/lesson-source';

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

export const figureNeedsSource: Rule = {
  names: ['LBP002', 'figure-needs-source'],
  description: 'A money figure names its source (a publisher from the frontmatter) in the same paragraph',
  tags: ['lesson', 'sources'],
  parser: 'none',
  function(params, onError) {
    if (!isLesson(params.name)) return;
    let publishers: string[] = [];
    try {
      const {frontMatter} = readLessonSource(`${params.frontMatterLines.join('\n')}\n`);
      publishers = Array.isArray(frontMatter.sources) ? frontMatter.sources.map((s: {publisher?: unknown}) => String(s.publisher ?? '')) : [];
    } catch {
      // Broken frontmatter is reported by the content check, with its line.
    }
    for (const {line, figure} of unsourcedFigures([...params.lines], publishers.filter(Boolean))) {
      onError({
        lineNumber: line,
        detail: `"${figure}" is a figure without a source. Name its source in this paragraph (a publisher listed in the frontmatter sources, e.g. "ParallelStaff's 2026 breakdown puts…"), say it is a hypothetical example, or leave the figure out.`,
      });
    }
  },
};

/** Next only: `docs/` and `i18n/<locale>/…/current/`. Released editions predate the stretch-step rule. */
const isNextLesson = (name: string): boolean =>
  isLesson(name) && /(^|[\\/])(docs[\\/]|i18n[\\/][^\\/]+[\\/]docusaurus-plugin-content-docs[\\/]current[\\/])/.test(name);

export const stretchStep: Rule = {
  names: ['LBP003', 'stretch-step'],
  description: 'In Next, "Try it" offers a labelled stretch step (STYLEGUIDE.md, Exercises)',
  tags: ['lesson'],
  parser: 'none',
  function(params, onError) {
    if (!isNextLesson(params.name)) return;
    const problem = missingStretchStep([...params.lines], localeOfPath(params.name));
    if (problem) onError({lineNumber: problem.line, detail: problem.message});
  },
};

export default [lessonLayout, figureNeedsSource, stretchStep];
