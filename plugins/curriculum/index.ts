/**
 * Docusaurus plugin: builds each edition's curriculum (modules → lessons → checklist items) from the docs
 * plugin's own metadata, so titles and permalinks are exactly the ones Docusaurus publishes. From it:
 * - `/progress/`: the learner's progress, per edition;
 * - `/bootcamps/`: syllabus, pinning, printable checklists;
 * - `/bootcamps/cohort/`: a teacher's view of a cohort's progress files and checker reports;
 * - `/bootcamps/guide/<edition>/`: the teacher's guide (plans, session format, deliverables, rubrics);
 * - `/editions/<edition>/`: what changed since the previous edition;
 * - `/curriculum/<edition>.json` (+ `schema.json` from static/): the syllabus for machines, with the
 *   rubrics (in the build's language) and the teaching plans;
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
import {buildPlan, PLAN_WEEKS, type Plan} from '../../src/lib/teaching-plan';
import {localRubric, type LocalRubric} from '../../src/lib/rubrics';
import {RUBRICS} from '../../src/data/rubrics';

/** The rubrics of an edition's lessons in one language, keyed by lesson id (only lessons that have one). */
export function editionRubrics(curriculum: Curriculum, locale: string): Record<string, LocalRubric> {
  const ids = curriculum.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id));
  return Object.fromEntries(ids.filter((id) => RUBRICS[id]).map((id) => [id, localRubric(RUBRICS[id]!, locale)]));
}

/** A plan for machines: lessons by id, the stack choice as its lesson ids and how many a learner picks. */
export function planForJson(plan: Plan) {
  return {
    weeks: plan.weeks,
    minutes: plan.minutes,
    schedule: plan.schedule.map((week) => ({
      week: week.week,
      minutes: week.minutes,
      lessons: week.items.map((item) =>
        item.kind === 'lesson' ? {lesson: item.lesson.id} : {chooseFrom: item.lessons.map((lesson) => lesson.id), picked: item.picked},
      ),
      deliverables: week.deliverables,
    })),
  };
}

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
      for (const {curriculum} of editions) {
        const guide = {
          curriculum,
          editions: infos,
          rubrics: editionRubrics(curriculum, context.i18n.currentLocale),
        };
        actions.addRoute({
          path: `${base}bootcamps/guide/${curriculum.edition}/`,
          component: '@site/src/components/TeachersGuide/index.tsx',
          modules: {guide: await actions.createData(`guide-${curriculum.edition}.json`, JSON.stringify(guide))},
          exact: true,
        });
      }
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
        const {totals, edition, label, isLatest, released} = curriculum;
        const rubrics = editionRubrics(curriculum, context.i18n.currentLocale);
        const modules = curriculum.modules.map((module) => ({
          ...module,
          lessons: module.lessons.map((lesson) => (rubrics[lesson.id] ? {...lesson, rubric: rubrics[lesson.id]} : lesson)),
        }));
        const plans = PLAN_WEEKS.map((weeks) => planForJson(buildPlan(curriculum, weeks)));
        const file = {$schema: './schema.json', edition, label, isLatest, released, language: context.i18n.currentLocale, totals, modules, plans};
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
          const shellHtml = readFileSync(shell, 'utf8');
          const printDir = join(dirname(shell), 'print');
          for (const [dir, withAnswers, intro] of [
            [printDir, false, strings.printIntro],
            [join(printDir, 'with-answers'), true, strings.printIntroWithAnswers],
          ] as const) {
            mkdirSync(dir, {recursive: true});
            writeFileSync(join(dir, 'index.html'), assemblePrintPage(shellHtml, lessons, {title: module.title, intro}, {withAnswers}));
          }
        }
      }
    },
  };
}
