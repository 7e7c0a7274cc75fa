/**
 * Per lesson and in total: words of teaching prose, minutes (derived), exercises, self-check questions, checklist items
 * and sources. Usage: tsx scripts/content-stats.ts [module-folder-name ...]
 */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {analyzeLesson, SECTIONS} from '../src/lib/lesson-layout';
import {IDEA_HOMES, ideaReport, type LessonText} from '../src/lib/one-home';
import {readModuleLessons} from '../plugins/curriculum/lesson-files';
import {ROOT} from './content-files';

type Row = {lesson: string; words: number; minutes: number; exercises: number; stretch: number; questions: number; items: number; sources: number};

export function lessonStats(docsDir: string, modules?: string[]): Row[] {
  const dirs = readdirSync(docsDir)
    .filter((name) => statSync(join(docsDir, name)).isDirectory())
    .filter((name) => !modules?.length || modules.includes(name))
    .sort();
  return dirs.flatMap((dir) =>
    readModuleLessons(join(docsDir, dir)).map((lesson) => {
      const analysis = analyzeLesson(lesson.body.split('\n'));
      return {
        lesson: `${dir}/${lesson.fileName}`,
        words: analysis.proseWords,
        // As the site shows it: reading time plus exercise_minutes (src/lib/lesson-minutes.ts).
        minutes: Number(lesson.frontMatter.minutes ?? 0),
        exercises: analysis.sections.filter((s) => s.title === SECTIONS.tryIt).length,
        stretch: analysis.stretchSteps > 0 ? 1 : 0,
        questions: analysis.selfCheckQuestions,
        items: lesson.checklist.length,
        sources: Array.isArray(lesson.frontMatter.sources) ? lesson.frontMatter.sources.length : 0,
      };
    }),
  );
}

function lessonTexts(docsDir: string): LessonText[] {
  return readdirSync(docsDir)
    .filter((name) => statSync(join(docsDir, name)).isDirectory())
    .sort()
    .flatMap((dir) => readModuleLessons(join(docsDir, dir)).map((l) => ({lesson: `${dir}/${l.fileName}`, body: l.body})));
}

function main(): void {
  const rows = lessonStats(join(ROOT, 'docs'), process.argv.slice(2));
  const columns = ['words', 'minutes', 'exercises', 'stretch', 'questions', 'items', 'sources'] as const;
  const header = ['lesson', 'prose words', 'minutes', 'exercises', 'with a stretch step', 'self-check questions', 'checklist items', 'sources'];
  const total = Object.fromEntries(columns.map((c) => [c, rows.reduce((sum, row) => sum + row[c], 0)])) as Record<
    (typeof columns)[number],
    number
  >;
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((row) => `| ${row.lesson} | ${columns.map((c) => row[c]).join(' | ')} |`),
    `| **total (${rows.length} lessons)** | ${columns.map((c) => `**${total[c]}**`).join(' | ')} |`,
  ];
  console.log(lines.join('\n'));
  console.log(`\n${total.stretch} of ${total.exercises} exercises with a stretch step.`);
  const lessons = lessonTexts(join(ROOT, 'docs'));
  for (const home of IDEA_HOMES) {
    const report = ideaReport(home, lessons);
    console.log(
      `\n${report.idea}: formula taught in ${report.taughtIn.length} lesson(s) (${report.taughtIn.join(', ')}); ` +
        `linked from ${report.linkedFrom.length}: ${report.linkedFrom.join(', ')}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
