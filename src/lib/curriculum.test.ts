import {describe, expect, it} from 'vitest';
import {progressByModule, totalProgress, withSuccessors, type Curriculum} from './curriculum';

describe('ticks of retired checklist items', () => {
  const retired = {'api-old-item': {reason: 'merged', successor: 'api-new-item'}, 'api-gone': {reason: 'dropped'}};

  it('count for their successor, and are never dropped', () => {
    const ticks = {'api-old-item': '2026-01-01T00:00:00.000Z', 'api-gone': '2026-01-02T00:00:00.000Z'};
    expect(withSuccessors(ticks, retired)).toEqual({...ticks, 'api-new-item': '2026-01-01T00:00:00.000Z'});
  });

  it('keep a later tick of the successor itself', () => {
    const ticks = {'api-old-item': '2026-01-01T00:00:00.000Z', 'api-new-item': '2026-03-01T00:00:00.000Z'};
    expect(withSuccessors(ticks, retired)['api-new-item']).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('progress of an edition', () => {
  const lesson = (id: string, items: string[]) => ({
    id,
    title: id,
    permalink: `/docs/${id}/`,
    url: `https://example.org/docs/${id}/`,
    minutes: 30,
    level: 'mid' as const,
    objectives: [],
    checklist: items.map((item) => ({id: item, label: item})),
  });
  const curriculum: Curriculum = {
    edition: '2026',
    label: '2026',
    isLatest: true,
    released: true,
    totals: {modules: 2, lessons: 3, minutes: 90, checklistItems: 4},
    modules: [
      {id: 'role', title: 'Role', permalink: '/docs/role/', objectives: [], minutes: 60, lessons: [lesson('role/a', ['a-one', 'a-two']), lesson('role/b', ['b-one'])]},
      {id: 'skills', title: 'Skills', permalink: '/docs/skills/', objectives: [], minutes: 30, lessons: [lesson('skills/c', ['c-one'])]},
    ],
  };
  const T = '2026-03-01T00:00:00.000Z';

  it('counts lessons read and items ticked per module and in all, ignoring marks of other editions', () => {
    const modules = progressByModule(curriculum, {'a-one': T, 'c-one': T, 'gone-item': T}, {'role/b': T, 'skills/c': T, 'role/retired': T});
    expect(modules.map(({done, total, read, lessons}) => ({done, total, read, lessons}))).toEqual([
      {done: 1, total: 3, read: 1, lessons: 2},
      {done: 1, total: 1, read: 1, lessons: 1},
    ]);
    expect(totalProgress(modules)).toEqual({done: 2, total: 4, read: 2, lessons: 3});
  });

  it('counts a learner who read everything and ticked nothing', () => {
    expect(totalProgress(progressByModule(curriculum, {}, {'role/a': T, 'role/b': T, 'skills/c': T}))).toEqual({done: 0, total: 4, read: 3, lessons: 3});
  });
});
