/**
 * Docusaurus plugin: builds the curriculum (modules → lessons → checklist items) from the docs plugin's
 * own metadata, so titles and permalinks are exactly the ones Docusaurus publishes, and adds the
 * `/progress/` page that reads it.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent, DocMetadata} from '@docusaurus/plugin-content-docs';
import type {Curriculum, CurriculumLesson, CurriculumModule, CurriculumSummary} from '../../src/lib/curriculum';
import type {Level} from '../../src/lib/frontmatter';
import {plainText} from '../../src/lib/lesson-source';
import {readLessonFile} from './lesson-files';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function buildCurriculum(
  siteDir: string,
  version: {versionName: string; label: string; docs: DocMetadata[]},
): Curriculum {
  const byDir = new Map<string, DocMetadata[]>();
  for (const doc of version.docs) {
    if (doc.sourceDirName === '.' || doc.draft) continue;
    byDir.set(doc.sourceDirName, [...(byDir.get(doc.sourceDirName) ?? []), doc]);
  }
  const modules: CurriculumModule[] = [...byDir.keys()].sort().map((dir) => {
    const docs = byDir.get(dir)!;
    const index = docs.find((doc) => /\/index\.mdx?$/.test(doc.source));
    const lessons: CurriculumLesson[] = docs
      .filter((doc) => doc !== index)
      .sort((a, b) => a.source.localeCompare(b.source))
      .map((doc) => {
        const file = readLessonFile(join(siteDir, doc.source.replace(/^@site\//, '')), doc.source);
        return {
          id: doc.id,
          title: doc.title,
          permalink: doc.permalink,
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
  return {
    edition: version.versionName,
    label: version.label,
    modules,
    totals: {
      modules: modules.length,
      lessons: lessons.length,
      minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
      checklistItems: lessons.reduce((sum, lesson) => sum + lesson.checklist.length, 0),
    },
  };
}

export function summarize(curriculum: Curriculum): CurriculumSummary {
  return {
    totals: curriculum.totals,
    modules: curriculum.modules.map(({id, title, permalink, minutes, lessons}) => ({
      id,
      title,
      permalink,
      minutes,
      lessons: lessons.length,
    })),
  };
}

export default function curriculumPlugin(context: LoadContext): Plugin {
  return {
    name: 'curriculum',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      if (!docs) throw new Error('The curriculum plugin needs the docs plugin (preset-classic).');
      const version = docs.loadedVersions[0]!;
      const curriculum = buildCurriculum(context.siteDir, version);
      const curriculumPath = await actions.createData('curriculum.json', JSON.stringify(curriculum));
      // The home page shows the modules and hours; this summary is small enough to share with every page.
      actions.setGlobalData(summarize(curriculum));
      actions.addRoute({
        path: `${context.baseUrl}progress/`,
        component: '@site/src/components/ProgressPage/index.tsx',
        modules: {curriculum: curriculumPath},
        exact: true,
      });
    },
  };
}
