/**
 * Per lesson and in total: words of teaching prose, minutes (derived), exercises, self-check questions, checklist items
 * and sources. Usage: tsx scripts/content-stats.ts [module-folder-name ...]
 */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {analyzeLesson, SECTIONS} from '../src/lib/lesson-layout';
import {readModuleLessons} from '../plugins/curriculum/lesson-files';
import {ROOT} from './content-files';

type Row = {lesson: string; words: number; minutes: number; exercises: number; questions: number; items: number; sources: number};

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
        questions: analysis.selfCheckQuestions,
        items: lesson.checklist.length,
        sources: Array.isArray(lesson.frontMatter.sources) ? lesson.frontMatter.sources.length : 0,
      };
    }),
  );
}

function main(): void {
  const rows = lessonStats(join(ROOT, 'docs'), process.argv.slice(2));
  const columns = ['words', 'minutes', 'exercises', 'questions', 'items', 'sources'] as const;
  const header = ['lesson', 'prose words', 'minutes', 'exercises', 'self-check questions', 'checklist items', 'sources'];
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
}

if (import.meta.url === `file://${process.argv[1]}`) main();
