import {describe, expect, it} from 'vitest';
import {checkLessonFrontMatter, checkModuleFrontMatter} from './frontmatter';

const valid = {
  title: 'API design',
  description: 'Design contracts clients can rely on.',
  objectives: ['Design a cursor-paginated endpoint'],
  exercise_minutes: 60,
  level: 'mid',
  last_reviewed: new Date('2026-11-28'),
  sources: [{title: 'Problem Details for HTTP APIs (RFC 9457)', publisher: 'IETF', year: 2023, url: 'https://www.rfc-editor.org/rfc/rfc9457'}],
};

const fieldsOf = (fm: Record<string, unknown>) => checkLessonFrontMatter(fm).map((p) => p.field);

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    expect(checkLessonFrontMatter(valid)).toEqual([]);
    expect(checkLessonFrontMatter({...valid, last_reviewed: '2026-11-28', sources: [{title: 'Guide', publisher: 'LatoJobs', year: 'n.d.'}]})).toEqual([]);
  });

  it('names the field, what was found and what is expected', () => {
    expect(checkLessonFrontMatter({...valid, level: 'intermediate'})).toEqual([
      {field: 'level', found: '"intermediate"', expected: 'one of junior | mid | senior'},
    ]);
  });

  it.each([
    ['a missing title', {title: undefined}, 'title'],
    ['a description over 160 characters', {description: 'x'.repeat(161)}, 'description'],
    ['objectives that are not a list', {objectives: 'Learn things'}, 'objectives'],
    ['an empty objectives list', {objectives: []}, 'objectives'],
    ['exercise minutes as text', {exercise_minutes: '45'}, 'exercise_minutes'],
    ['exercise minutes over five hours', {exercise_minutes: 301}, 'exercise_minutes'],
    ['a hand-written minutes in Next, where it is derived', {minutes: 45}, 'minutes'],
    ['a date in another format', {last_reviewed: '28/11/2026'}, 'last_reviewed'],
    ['no sources', {sources: []}, 'sources'],
    ['a source without a publisher', {sources: [{title: 'x', year: 2026}]}, 'sources[0].publisher'],
    ['a source year in words', {sources: [{title: 'x', publisher: 'y', year: 'recent'}]}, 'sources[0].year'],
    ['a plain-http source url', {sources: [{title: 'x', publisher: 'y', year: 2026, url: 'http://example.org'}]}, 'sources[0].url'],
    ['a misspelt field', {minute: 45}, 'minute'],
  ])('rejects %s', (_name, change, field) => {
    expect(fieldsOf({...valid, ...change})).toContain(field);
  });
});

describe('minutes rules', () => {
  const {exercise_minutes: _exercise, ...withoutExercise} = valid;

  it('requires exercise_minutes in an English lesson of Next', () => {
    expect(fieldsOf(withoutExercise)).toEqual(['exercise_minutes']);
  });

  it('lets a translation of Next declare neither, and rejects either', () => {
    expect(checkLessonFrontMatter(withoutExercise, 'translated')).toEqual([]);
    expect(checkLessonFrontMatter({...withoutExercise, minutes: 60}, 'translated').map((p) => p.field)).toEqual(['minutes']);
    expect(checkLessonFrontMatter(valid, 'translated').map((p) => p.field)).toEqual(['exercise_minutes']);
  });

  it('accepts a released lesson with the minutes it was published with', () => {
    expect(checkLessonFrontMatter({...withoutExercise, minutes: 60}, 'released')).toEqual([]);
    expect(checkLessonFrontMatter({...withoutExercise, minutes: '60'}, 'released').map((p) => p.field)).toEqual(['minutes']);
  });
});

describe('module frontmatter', () => {
  it('needs title, description and objectives only', () => {
    expect(checkModuleFrontMatter({title: 'Stacks', description: 'Choose a stack.', objectives: ['Choose']})).toEqual([]);
    expect(checkModuleFrontMatter({title: 'Stacks', description: 'Choose a stack.', objectives: ['Choose'], minutes: 5}).map((p) => p.field)).toEqual(['minutes']);
  });
});
