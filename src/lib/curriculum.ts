/**
 * The shape of the curriculum: modules, their lessons and checklist items, as the build sees them.
 * Produced by `plugins/curriculum`, read by the progress page.
 */
import type {Level} from './frontmatter';

export type CurriculumChecklistItem = {id: string; label: string};

export type CurriculumLesson = {
  id: string;
  title: string;
  permalink: string;
  minutes: number;
  level: Level;
  objectives: string[];
  checklist: CurriculumChecklistItem[];
};

export type CurriculumModule = {
  id: string;
  title: string;
  permalink: string;
  objectives: string[];
  minutes: number;
  lessons: CurriculumLesson[];
};

export type Curriculum = {
  edition: string;
  label: string;
  modules: CurriculumModule[];
  totals: {modules: number; lessons: number; minutes: number; checklistItems: number};
};

/** What every page may know of the curriculum (the home page's module list). */
export type CurriculumSummary = {
  totals: Curriculum['totals'];
  modules: {id: string; title: string; permalink: string; minutes: number; lessons: number}[];
};

export type ModuleProgress = {module: CurriculumModule; done: number; total: number};

/** Counts the ticks that belong to this edition; ticks of items elsewhere are kept but not counted. */
export function progressByModule(curriculum: Curriculum, ticks: Record<string, string>): ModuleProgress[] {
  return curriculum.modules.map((module) => {
    const ids = module.lessons.flatMap((lesson) => lesson.checklist.map((item) => item.id));
    return {module, done: ids.filter((id) => id in ticks).length, total: ids.length};
  });
}
