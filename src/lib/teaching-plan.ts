/**
 * A teaching plan computed from an edition's syllabus: the lessons in the path's order, cut into weeks
 * of about the same reading time. Nothing is typed by hand: hours are the lessons' minutes, the order is
 * the modules' and lessons' order, and the five stack lessons count as the two a learner picks (a primary
 * and a secondary, see the stacks module). The teacher's guide shows the plans; the syllabus JSON carries them.
 */
import type {Curriculum, CurriculumLesson} from './curriculum';
import {STACK_LESSONS, STACKS_PICKED} from '../data/stackLessons';
import {CAPSTONE_STAGES} from './checker-report';

/** The plans the guide offers: a term of twelve weeks, and a shorter, more intensive one. */
export const PLAN_WEEKS = [12, 8] as const;

export type PlanItem =
  | {kind: 'lesson'; lesson: CurriculumLesson; module: string; minutes: number}
  /** the stack lessons, of which a learner reads `picked`; `minutes` budgets the longest ones */
  | {kind: 'stacks'; lessons: CurriculumLesson[]; module: string; picked: number; minutes: number};

/** What a learner hands in at the end of a week. */
export type Deliverable =
  | {kind: 'exercise'; lessonId: string}
  | {kind: 'stack-exercises'; lessonIds: string[]; picked: number}
  | {kind: 'capstone-stage'; lessonId: string; stage: string; checklistId: string}
  | {kind: 'progress-file'; checklistItems: number};

export type PlanWeek = {week: number; minutes: number; items: PlanItem[]; deliverables: Deliverable[]};
export type Plan = {weeks: number; minutes: number; minutesPerWeek: number; schedule: PlanWeek[]};

const lastPart = (id: string) => id.split('/').pop() ?? id;
const isStackLesson = (lesson: CurriculumLesson) => Object.values(STACK_LESSONS).includes(lastPart(lesson.id));
const capstoneStageOf = (module: string, lesson: CurriculumLesson) =>
  module === 'capstone' ? CAPSTONE_STAGES.find((stage) => stage.page === lastPart(lesson.id)) : undefined;

/** The path as a learner reads it: every lesson in order, the stack lessons as one choice. */
export function planItems(curriculum: Curriculum): PlanItem[] {
  const items: PlanItem[] = [];
  for (const module of curriculum.modules) {
    const stacks = module.lessons.filter(isStackLesson);
    for (const lesson of module.lessons) {
      if (!isStackLesson(lesson)) {
        items.push({kind: 'lesson', lesson, module: module.id, minutes: lesson.minutes});
      } else if (lesson === stacks[0]) {
        const picked = Math.min(STACKS_PICKED, stacks.length);
        const longest = stacks.map((s) => s.minutes).sort((a, b) => b - a).slice(0, picked);
        items.push({kind: 'stacks', lessons: stacks, module: module.id, picked, minutes: longest.reduce((sum, m) => sum + m, 0)});
      }
    }
  }
  return items;
}

/** Lesson minutes a learner reads: every lesson, and of the stack lessons the `picked` longest. */
export const planMinutes = (items: PlanItem[]): number => items.reduce((sum, item) => sum + item.minutes, 0);

function deliverablesOf(items: PlanItem[]): Deliverable[] {
  const deliverables: Deliverable[] = [];
  let checklistItems = 0;
  for (const item of items) {
    if (item.kind === 'stacks') {
      deliverables.push({kind: 'stack-exercises', lessonIds: item.lessons.map((l) => l.id), picked: item.picked});
      checklistItems += Math.max(0, ...item.lessons.map((l) => l.checklist.length)) * item.picked;
      continue;
    }
    const stage = capstoneStageOf(item.module, item.lesson);
    deliverables.push(
      stage
        ? {kind: 'capstone-stage', lessonId: item.lesson.id, stage: stage.slug, checklistId: stage.checklistId}
        : {kind: 'exercise', lessonId: item.lesson.id},
    );
    checklistItems += item.lesson.checklist.length;
  }
  deliverables.push({kind: 'progress-file', checklistItems});
  return deliverables;
}

/**
 * Cuts the items, in order, into `weeks` weeks as evenly as the lessons allow: of all the ways to cut
 * the sequence, the one whose weeks stray least from the average (least sum of squared differences).
 * No week is left empty while items remain.
 */
export function buildPlan(curriculum: Curriculum, weeks: number): Plan {
  const items = planItems(curriculum);
  const total = planMinutes(items);
  const average = total / weeks;
  const n = items.length;
  const prefix = [0];
  for (const item of items) prefix.push(prefix.at(-1)! + item.minutes);
  // cost[w][i]: the best cut of the first i items into w weeks; from[w][i]: where its last week starts.
  const cost = Array.from({length: weeks + 1}, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({length: weeks + 1}, () => new Array<number>(n + 1).fill(0));
  cost[0]![0] = 0;
  for (let w = 1; w <= weeks; w++) {
    for (let i = 0; i <= n; i++) {
      // A week may be empty only when there are fewer items than weeks.
      const lowest = n >= weeks ? w - 1 : 0;
      for (let j = lowest; j <= i; j++) {
        if (n >= weeks && j === i) continue;
        const spread = (prefix[i]! - prefix[j]! - average) ** 2;
        const candidate = cost[w - 1]![j]! + spread;
        if (candidate < cost[w]![i]!) {
          cost[w]![i] = candidate;
          from[w]![i] = j;
        }
      }
    }
  }
  const bounds: number[] = [n];
  for (let w = weeks; w > 0; w--) bounds.unshift(from[w]![bounds[0]!]!);
  const schedule: PlanWeek[] = Array.from({length: weeks}, (_, index) => {
    const taken = items.slice(bounds[index]!, bounds[index + 1]!);
    return {week: index + 1, minutes: planMinutes(taken), items: taken, deliverables: deliverablesOf(taken)};
  });
  return {weeks, minutes: total, minutesPerWeek: Math.round(average), schedule};
}
