/**
 * Docusaurus plugin: builds each edition's curriculum (modules → lessons → checklist items) from the docs
 * plugin's own metadata, so titles and permalinks are exactly the ones Docusaurus publishes. From it:
 * - `/progress/`: the learner's progress, per edition;
 * - `/bootcamps/`: syllabus, pinning, printable checklists;
 * - `/bootcamps/cohort/`: a teacher's view of a cohort's progress files and checker reports;
 * - `/editions/<edition>/`: what changed since the previous edition;
 * - `/curriculum/<edition>.json` (+ `schema.json` from static/): the syllabus for machines;
 * - `<module>/print/`: each module's lessons on one page, for printing (print-module.ts).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import type {
  Curriculum,
  CurriculumLesson,
  CurriculumModule,
  CurriculumSummary,
  EditionInfo,
} from '../../src/lib/curriculum';
import {editionSlug} from '../../src/lib/curriculum';
import type {Level} from '../../src/lib/frontmatter';
import {plainText} from '../../src/lib/lesson-source';
import {diffEditions, type LessonSnapshot} from '../../src/lib/editionDiff';
import {readLessonFile, type LessonFile} from './lesson-files';
import {assemblePrintPage} from './print-module';
import {STRINGS as MODULE_STRINGS} from '../remark-module-summary';
import {formatHours} from '../../src/lib/hours';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

type Built = {curriculum: Curriculum; snapshots: LessonSnapshot[]};

export function buildCurriculum(siteDir: string, siteUrl: string, version: LoadedVersion, isLatest: boolean): Built {
  const byDir = new Map<string, LoadedVersion['docs']>();
  for (const doc of version.docs) {
    if (doc.sourceDirName === '.' || doc.draft) continue;
    byDir.set(doc.sourceDirName, [...(byDir.get(doc.sourceDirName) ?? []), doc]);
  }
  const snapshots: LessonSnapshot[] = [];
  const modules: CurriculumModule[] = [...byDir.keys()].sort().map((dir) => {
    const docs = byDir.get(dir)!;
    const index = docs.find((doc) => /\/index\.mdx?$/.test(doc.source));
    const lessons: CurriculumLesson[] = docs
      .filter((doc) => doc !== index)
      .sort((a, b) => a.source.localeCompare(b.source))
      .map((doc) => {
        const file: LessonFile = readLessonFile(join(siteDir, doc.source.replace(/^@site\//, '')), doc.source);
        snapshots.push({id: doc.id, title: doc.title, permalink: doc.permalink, text: file.body});
        return {
          id: doc.id,
          title: doc.title,
          permalink: doc.permalink,
          url: new URL(doc.permalink, siteUrl).href,
          minutes: Number(doc.frontMatter.minutes ?? 0),
          level: doc.frontMatter.level as Level,
          objectives: strings(doc.frontMatter.objectives),
          checklist: file.checklist.flatMap((item) => (item.id ? [{id: item.id, label: plainText(item.label)}] : [])),
        };
      });
    return {
      id: dir.replace(/^\d+-/, ''),
      title: index?.title ?? dir,
      permalink: index?.permalink ?? lessons[0]?.permalink ?? '',
      objectives: strings(index?.frontMatter.objectives),
      minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
      lessons,
    };
  });
  const lessons = modules.flatMap((module) => module.lessons);
  const curriculum: Curriculum = {
    edition: editionSlug(version.versionName),
    label: version.label,
    isLatest,
    released: version.versionName !== 'current',
    modules,
    totals: {
      modules: modules.length,
      lessons: lessons.length,
      minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
      checklistItems: lessons.reduce((sum, lesson) => sum + lesson.checklist.length, 0),
    },
  };
  return {curriculum, snapshots};
}

export function summarize(curriculum: Curriculum, locale: string): CurriculumSummary {
  return {
    totals: {...curriculum.totals, hours: formatHours(curriculum.totals.minutes, locale)},
    modules: curriculum.modules.map(({id, title, permalink, minutes, lessons}) => ({
      id,
      title,
      permalink,
      minutes,
      hours: formatHours(minutes, locale),
      lessons: lessons.length,
    })),
  };
}

export default function curriculumPlugin(context: LoadContext): Plugin {
  let editions: Built[] = [];
  return {
    name: 'curriculum',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docs) throw new Error('The curriculum plugin needs the docs plugin (preset-classic).');
      // loadedVersions runs newest first: current (Next), then released editions.
      editions = docs.loadedVersions.map((version) =>
        buildCurriculum(context.siteDir, context.siteConfig.url, version, version.isLast),
      );
      const latest = editions.find((e) => e.curriculum.isLatest) ?? editions[0]!;
      const infos: EditionInfo[] = editions.map(({curriculum}) => ({
        edition: curriculum.edition,
        label: curriculum.label,
        isLatest: curriculum.isLatest,
        released: curriculum.released,
      }));
      const base = context.baseUrl;

      // The home page shows the modules and hours; this summary is small enough to share with every page.
      actions.setGlobalData(summarize(latest.curriculum, context.i18n.currentLocale));

      // An array inside an object: a JSON module's top-level keys become extra exports on the server,
      // so a keyed object would not reach the page as it was written.
      const curricula = await actions.createData(
        'curricula.json',
        JSON.stringify({editions: editions.map(({curriculum}) => curriculum)}),
      );
      actions.addRoute({
        path: `${base}progress/`,
        component: '@site/src/components/ProgressPage/index.tsx',
        modules: {curricula},
        exact: true,
      });
      actions.addRoute({
        path: `${base}bootcamps/cohort/`,
        component: '@site/src/components/CohortView/index.tsx',
        modules: {curricula},
        exact: true,
      });
      actions.addRoute({
        path: `${base}bootcamps/`,
        component: '@site/src/components/BootcampsPage/index.tsx',
        modules: {curriculum: await actions.createData('bootcamps.json', JSON.stringify({curriculum: latest.curriculum, editions: infos}))},
        exact: true,
      });
      for (const [index, edition] of editions.entries()) {
        const previous = editions[index + 1];
        const changes = diffEditions(previous?.snapshots ?? [], edition.snapshots);
        const strip = (lesson: LessonSnapshot) => ({id: lesson.id, title: lesson.title, permalink: lesson.permalink});
        const data = {
          edition: {...infos[index]!},
          previous: previous ? infos[index + 1]! : null,
          added: changes.added.map(strip),
          removed: changes.removed.map(strip),
          renamed: changes.renamed.map(({before, after}) => ({before: strip(before), after: strip(after)})),
          revised: changes.revised.map(({lesson, similarity}) => ({...strip(lesson), similarity})),
        };
        actions.addRoute({
          path: `${base}editions/${edition.curriculum.edition}/`,
          component: '@site/src/components/EditionChangesPage/index.tsx',
          modules: {changes: await actions.createData(`changes-${edition.curriculum.edition}.json`, JSON.stringify(data))},
          exact: true,
        });
      }
    },
    async postBuild({outDir}) {
      const dir = join(outDir, 'curriculum');
      mkdirSync(dir, {recursive: true});
      for (const {curriculum} of editions) {
        const {modules, totals, edition, label, isLatest, released} = curriculum;
        const file = {$schema: './schema.json', edition, label, isLatest, released, totals, modules};
        writeFileSync(join(dir, `${edition}.json`), `${JSON.stringify(file, null, 2)}\n`);
      }
      // Permalinks start with the locale's base URL; the built page of a permalink is under outDir.
      const builtPage = (permalink: string) => join(outDir, permalink.slice(context.baseUrl.length), 'index.html');
      const strings = MODULE_STRINGS[context.i18n.currentLocale] ?? MODULE_STRINGS.en!;
      for (const {curriculum} of editions) {
        for (const module of curriculum.modules) {
          const shell = builtPage(module.permalink);
          if (!existsSync(shell) || module.lessons.length === 0) continue;
          const lessons = module.lessons.map((lesson) => ({
            slug: lesson.id.split('/').pop()!,
            html: readFileSync(builtPage(lesson.permalink), 'utf8'),
          }));
          const page = assemblePrintPage(readFileSync(shell, 'utf8'), lessons, {title: module.title, intro: strings.printIntro});
          const printDir = join(dirname(shell), 'print');
          mkdirSync(printDir, {recursive: true});
          writeFileSync(join(printDir, 'index.html'), page);
        }
      }
    },
  };
}
