import {describe, expect, it} from 'vitest';
import {buildPlan, planItems, planMinutes, PLAN_WEEKS} from './teaching-plan';
import {curriculum} from '../../tests/unit/fixtures/cohort';
import type {Curriculum} from './curriculum';

const withMinutes = (c: Curriculum, minutes: Record<string, number>): Curriculum => {
  const modules = c.modules.map((m) => {
    const lessons = m.lessons.map((l) => ({...l, minutes: minutes[l.id] ?? l.minutes}));
    return {...m, lessons, minutes: lessons.reduce((s, l) => s + l.minutes, 0)};
  });
  const all = modules.flatMap((m) => m.lessons);
  return {...c, modules, totals: {...c.totals, minutes: all.reduce((s, l) => s + l.minutes, 0)}};
};

const syllabus = withMinutes(
  curriculum('next', true, {
    'start-here': {'how-this-path-works': ['a1'], 'where-you-stand': ['a2']},
    stacks: {'choosing-your-stacks': ['s0'], 'nodejs-typescript': ['s1'], python: ['s2'], 'java-spring-boot': ['s3'], 'csharp-aspnet-core': ['s4'], go: ['s5'], 'the-toolkit': ['s6', 's7']},
    capstone: {'contract-and-validation': ['capstone-contract-checked'], security: ['capstone-security-checked']},
  }) as Curriculum,
  {'stacks/nodejs-typescript': 95, 'stacks/python': 90, 'stacks/java-spring-boot': 100, 'stacks/csharp-aspnet-core': 110, 'stacks/go': 80, 'capstone/contract-and-validation': 180},
);

describe('teaching plans', () => {
  it('counts every lesson once and two of the five stack lessons (the two longest)', () => {
    const items = planItems(syllabus);
    expect(items.filter((item) => item.kind === 'stacks')).toHaveLength(1);
    const stackMinutes = 95 + 90 + 100 + 110 + 80;
    expect(planMinutes(items)).toBe(syllabus.totals.minutes - stackMinutes + 110 + 100);
  });

  for (const weeks of [...PLAN_WEEKS, 3]) {
    it(`puts the syllabus's hours, in order, into ${weeks} weeks with none empty`, () => {
      const plan = buildPlan(syllabus, weeks);
      expect(plan.schedule).toHaveLength(weeks);
      expect(plan.schedule.reduce((sum, week) => sum + week.minutes, 0)).toBe(plan.minutes);
      expect(plan.minutes).toBe(planMinutes(planItems(syllabus)));
      const order = plan.schedule.flatMap((week) => week.items);
      expect(order).toEqual(planItems(syllabus));
      if (weeks <= order.length) expect(plan.schedule.every((week) => week.items.length > 0)).toBe(true);
    });
  }

  it('balances the weeks: no week is further from the average than one lesson', () => {
    const plan = buildPlan(syllabus, 3);
    const longest = Math.max(...planItems(syllabus).map((item) => item.minutes));
    for (const week of plan.schedule) expect(Math.abs(week.minutes - plan.minutes / 3)).toBeLessThanOrEqual(longest);
  });

  it('lists each week’s deliverables: exercises, the stack exercises, capstone stages and a progress file', () => {
    const plan = buildPlan(syllabus, 3);
    const all = plan.schedule.flatMap((week) => week.deliverables);
    expect(all.filter((d) => d.kind === 'capstone-stage')).toEqual([
      {kind: 'capstone-stage', lessonId: 'capstone/contract-and-validation', stage: 'contract', checklistId: 'capstone-contract-checked'},
      {kind: 'capstone-stage', lessonId: 'capstone/security', stage: 'security', checklistId: 'capstone-security-checked'},
    ]);
    expect(all.filter((d) => d.kind === 'stack-exercises')).toHaveLength(1);
    expect(plan.schedule.every((week) => week.deliverables.at(-1)?.kind === 'progress-file')).toBe(true);
  });
});
