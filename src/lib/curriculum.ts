/**
 * The shape of the curriculum: modules, their lessons and checklist items, as the build sees them.
 * Produced by `plugins/curriculum`, read by the progress page.
 */
import type {Level} from './frontmatter';
import {retiredChecklistIds, type RetiredChecklistId} from '../data/retiredChecklistIds';

export type CurriculumChecklistItem = {id: string; label: string};

export type CurriculumLesson = {
  id: string;
  title: string;
  permalink: string;
  /** absolute address, for syllabi that live outside the site */
  url: string;
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
  /** `2026` for a released edition, `next` for the working copy */
  edition: string;
  label: string;
  isLatest: boolean;
  released: boolean;
  modules: CurriculumModule[];
  totals: {modules: number; lessons: number; minutes: number; checklistItems: number};
};

export type EditionInfo = Pick<Curriculum, 'edition' | 'label' | 'isLatest' | 'released'>;

/** Docusaurus calls the working copy `current`; learners and URLs call it `next`. */
export const editionSlug = (versionName: string): string => (versionName === 'current' ? 'next' : versionName);

/** What every page may know of the curriculum (the home page's module list), hours already written the locale's way. */
export type CurriculumSummary = {
  totals: Curriculum['totals'] & {hours: string};
  modules: {id: string; title: string; permalink: string; minutes: number; hours: string; lessons: number}[];
};

/** A module's checklist items ticked (`done` of `total`) and lessons read (`read` of `lessons`). */
export type ModuleProgress = {module: CurriculumModule; done: number; total: number; read: number; lessons: number};

/** A tick on a retired item counts for the item that replaced it (src/data/retiredChecklistIds.ts). */
export function withSuccessors(
  ticks: Record<string, string>,
  retired: Record<string, RetiredChecklistId> = retiredChecklistIds,
): Record<string, string> {
  const effective = {...ticks};
  for (const [id, time] of Object.entries(ticks)) {
    const successor = retired[id]?.successor;
    if (successor && !(successor in effective)) effective[successor] = time;
  }
  return effective;
}

/**
 * Counts the ticks and read marks that belong to this edition; those of items and lessons elsewhere are
 * kept but not counted.
 */
export function progressByModule(
  curriculum: Curriculum,
  ticks: Record<string, string>,
  read: Record<string, string> = {},
): ModuleProgress[] {
  const effective = withSuccessors(ticks);
  return curriculum.modules.map((module) => {
    const ids = module.lessons.flatMap((lesson) => lesson.checklist.map((item) => item.id));
    return {
      module,
      done: ids.filter((id) => id in effective).length,
      total: ids.length,
      read: module.lessons.filter((lesson) => lesson.id in read).length,
      lessons: module.lessons.length,
    };
  });
}

/** The whole edition's counts: the sum over its modules. */
export function totalProgress(modules: ModuleProgress[]): Omit<ModuleProgress, 'module'> {
  const sum = (pick: (m: ModuleProgress) => number) => modules.reduce((total, m) => total + pick(m), 0);
  return {done: sum((m) => m.done), total: sum((m) => m.total), read: sum((m) => m.read), lessons: sum((m) => m.lessons)};
}
