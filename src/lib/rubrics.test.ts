import {describe, expect, it} from 'vitest';
import {countRubrics, lessonIdOfPath, localRubric, rubricProblems, type Rubric} from './rubrics';
import {RUBRICS} from '../data/rubrics';

const text = (en: string) => ({en, es: `${en} (es)`, 'pt-BR': `${en} (pt-BR)`});
const rubric: Rubric = {expectedOutcome: text('A file.'), criteria: [{meets: text('One.'), beyond: text('More.')}, {meets: text('Two.')}]};

describe('rubrics', () => {
  it('shows a rubric in one language, English for a locale it does not know', () => {
    expect(localRubric(rubric, 'pt-BR')).toEqual({
      levels: ['not-yet', 'meets', 'beyond'],
      expectedOutcome: 'A file. (pt-BR)',
      criteria: [{meets: 'One. (pt-BR)', beyond: 'More. (pt-BR)'}, {meets: 'Two. (pt-BR)'}],
    });
    expect(localRubric(rubric, 'fr').expectedOutcome).toBe('A file.');
  });

  it('names a missing language, an empty text and too few criteria', () => {
    const broken: Rubric = {expectedOutcome: {...text('A'), es: ' '}, criteria: [{meets: {en: 'x', es: 'x'} as Rubric['expectedOutcome']}]};
    expect(rubricProblems('the-role/api-design', broken)).toEqual([
      'rubric of the-role/api-design: expectedOutcome has no es text; write it in en, es and pt-BR',
      'rubric of the-role/api-design: criteria[0].meets has no pt-BR text; write it in en, es and pt-BR',
      'rubric of the-role/api-design: 1 criteria; a rubric needs at least 2',
    ]);
  });

  it('counts lessons with a rubric, names each lesson without one, and sets aside rubrics of lessons not in the tree', () => {
    expect(countRubrics(['a/one', 'a/two'], {'a/one': rubric, 'b/elsewhere': rubric})).toEqual({
      lessons: 2,
      withRubric: 1,
      missing: ['a/two'],
      unused: ['b/elsewhere'],
      problems: ['lesson a/two has no rubric: add one for its exercise in src/data/rubrics.ts (en, es and pt-BR)'],
    });
  });

  it('names lessons as Docusaurus does', () => {
    expect(lessonIdOfPath('02-the-role/02-api-design.mdx')).toBe('the-role/api-design');
  });

  it('every rubric written so far is complete in three languages', () => {
    for (const [id, r] of Object.entries(RUBRICS)) expect(rubricProblems(id, r)).toEqual([]);
  });
});
