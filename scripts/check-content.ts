/**
 * Content checks that need more than one file at a time or the frontmatter schema:
 * - lesson and module frontmatter (src/lib/frontmatter.ts), and an exercise whose stated time disagrees
 *   with the English lesson's `exercise_minutes` (src/lib/lesson-minutes.ts);
 * - checklist ids: present, well formed, unique within each tree, never silently dropped;
 * - versions: no lesson of Next (English or translated) names a release past its end of life on the
 *   lesson's `last_reviewed` date, or a product by a name it no longer has (src/lib/versions.ts).
 *   Released editions are frozen and not checked.
 * Usage: tsx scripts/check-content.ts [file ...]   (default: every content tree)
 * Each problem is printed as file:line, what is wrong, and how to fix it. Exit 1 on any problem.
 */
import {readFileSync} from 'node:fs';
import {basename, resolve} from 'node:path';
import {checkLessonFrontMatter, checkModuleFrontMatter, type MinutesRule} from '../src/lib/frontmatter';
import {exerciseTextProblems} from '../src/lib/lesson-minutes';
import {localeOfPath} from '../src/lib/lesson-layout';
import {englishLessonFor} from '../plugins/lesson-frontmatter';
import {checklistIdProblem} from '../src/lib/checklist-ids';
import {checklistItems, FrontMatterSyntaxError, readLessonSource} from '../src/lib/lesson-source';
import {retiredChecklistIds} from '../src/data/retiredChecklistIds';
import {LESSON_FILE, MODULE_INDEX_FILE} from '../plugins/curriculum/lesson-files';
import {contentTrees, display, markdownFiles, type ContentTree} from './content-files';
import {isoDate} from '../src/lib/frontmatter';
import {resolveFrontMatterPlaceholders, versionProblems} from '../src/lib/versions';

export type Problem = {file: string; line: number; message: string};

type IdUse = {file: string; line: number};

/** Frontmatter as readers see it (placeholders resolved), so lengths are measured on the real text. */
function asShown(frontMatter: Record<string, unknown>): Record<string, unknown> {
  try {
    return resolveFrontMatterPlaceholders(frontMatter);
  } catch {
    return frontMatter; // the version check reports the bad placeholder with its line
  }
}

export type FileChecks = {versions?: boolean; minutes?: MinutesRule};

export function checkFile(path: string, source: string, options: FileChecks = {}): {problems: Problem[]; ids: Map<string, IdUse>} {
  const file = display(path);
  const problems: Problem[] = [];
  const ids = new Map<string, IdUse>();
  const name = basename(path);
  try {
    const {frontMatter, fieldLines, body} = readLessonSource(source);
    const lessonFile = LESSON_FILE.test(name);
    const lastReviewed = isoDate(frontMatter.last_reviewed);
    if (options.versions && lessonFile && lastReviewed) {
      for (const problem of versionProblems(source.split('\n'), lastReviewed)) problems.push({file, ...problem});
    }
    const rule = options.minutes ?? 'derived';
    const exercise = rule === 'released' || !lessonFile ? undefined : englishLessonFor(path, frontMatter, body)?.frontMatter.exercise_minutes;
    if (Number.isInteger(exercise)) {
      for (const problem of exerciseTextProblems(source.split('\n'), exercise as number, localeOfPath(path))) problems.push({file, ...problem});
    }
    const schema = lessonFile
      ? (fm: Record<string, unknown>) => checkLessonFrontMatter(fm, rule)
      : MODULE_INDEX_FILE.test(name)
        ? checkModuleFrontMatter
        : null;
    for (const problem of schema?.(asShown(frontMatter)) ?? []) {
      const top = problem.field.split(/[.[]/)[0]!;
      problems.push({
        file,
        line: fieldLines[top] ?? 1,
        message: `frontmatter field "${problem.field}": found ${problem.found}; expected ${problem.expected}.`,
      });
    }
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    problems.push({file, line: error.line, message: `${error.message}. Check indentation and quote text that contains a colon.`});
  }
  for (const item of checklistItems(source)) {
    if (item.id === null) {
      problems.push({file, line: item.line, message: 'checklist item has no id: end the line with a permanent id, e.g. "{#api-idempotency-keys}".'});
      continue;
    }
    const problem = checklistIdProblem(item.id);
    if (problem) problems.push({file, line: item.line, message: `checklist ${problem}.`});
    const earlier = ids.get(item.id);
    if (earlier) {
      problems.push({file, line: item.line, message: `checklist id "${item.id}" is already used at line ${earlier.line}: give this item a new id.`});
    } else {
      ids.set(item.id, {file, line: item.line});
    }
  }
  return {problems, ids};
}

/** Next and its translations; a released edition does not change, so its versions are history. */
const isNext = (tree: ContentTree): boolean => tree.kind === 'current' || (tree.kind === 'translation' && tree.name.endsWith('/current'));

const minutesRule = (tree: ContentTree): MinutesRule =>
  tree.kind === 'current' ? 'derived' : tree.kind === 'translation' && isNext(tree) ? 'translated' : 'released';

export function checkTrees(trees: ContentTree[], only?: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const idsByTree = new Map<string, Map<string, IdUse>>();
  for (const tree of trees) {
    const seen = new Map<string, IdUse>();
    idsByTree.set(tree.name, seen);
    for (const path of markdownFiles(tree.dir)) {
      const result = checkFile(path, readFileSync(path, 'utf8'), {versions: isNext(tree), minutes: minutesRule(tree)});
      if (!only || only.has(resolve(path))) problems.push(...result.problems);
      for (const [id, use] of result.ids) {
        const earlier = seen.get(id);
        if (earlier && earlier.file !== use.file) {
          problems.push({
            ...use,
            message: `checklist id "${id}" is already used in ${earlier.file}:${earlier.line}. Ids are unique across the site: choose a new id for this item.`,
          });
        } else if (!earlier) {
          seen.set(id, use);
        }
      }
    }
  }
  const current = idsByTree.get('docs') ?? new Map<string, IdUse>();
  for (const tree of trees.filter((t) => t.kind === 'edition')) {
    for (const [id, use] of idsByTree.get(tree.name) ?? []) {
      const retired = retiredChecklistIds[id];
      if (current.has(id)) continue;
      if (!retired) {
        problems.push({
          ...use,
          message: `checklist id "${id}" was published in ${tree.name} but no current lesson has it. Learners may have ticked it: keep the item, or declare it in src/data/retiredChecklistIds.ts as retired or with its successor id.`,
        });
      } else if (retired.successor && !current.has(retired.successor)) {
        problems.push({
          ...use,
          message: `checklist id "${id}" is mapped to "${retired.successor}" in src/data/retiredChecklistIds.ts, but no current lesson has that id.`,
        });
      }
    }
  }
  return problems;
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.length ? new Set(args.map((arg) => resolve(arg))) : undefined;
  const problems = checkTrees(contentTrees(), only);
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length) {
    console.error(`\n${problems.length} content problem(s). Fix each at the file and line shown.`);
    process.exit(1);
  }
  console.log('content check: frontmatter, checklist ids, versions and exercise times are valid');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
