import {describe, expect, it} from 'vitest';
import {deriveLessonFrontMatter, exerciseTextProblems, lessonMinutes, READING_WORDS_PER_MINUTE, readingMinutes, readingWords} from './lesson-minutes';

const words = (n: number) => Array.from({length: n}, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('counts the words a learner reads: prose, headings, lists, tables, code; not math, imports or tags', () => {
    const body = [
      "import Thing from '@site/src/components/Thing';",
      '## What you will learn',
      '<LessonObjectives />',
      'One two three.',
      '- four five',
      '| six | seven |',
      '```ts',
      'const counted = 1;',
      '}',
      '```',
      '$$',
      'x = y',
      '$$',
      '- [ ] I can eight. {#api-eight}',
    ].join('\n');
    expect(readingWords(body)).toBe(17);
  });

  it('rounds reading time up and minutes up to a multiple of five', () => {
    expect(readingMinutes(words(READING_WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(READING_WORDS_PER_MINUTE + 1))).toBe(2);
    expect(lessonMinutes(words(READING_WORDS_PER_MINUTE * 30), 90)).toBe(120);
    expect(lessonMinutes(words(READING_WORDS_PER_MINUTE * 31), 90)).toBe(125);
  });

  it('is never below the exercise alone', () => {
    expect(lessonMinutes('', 75)).toBeGreaterThanOrEqual(75);
  });
});

describe('deriveLessonFrontMatter', () => {
  const english = {frontMatter: {exercise_minutes: 60}, body: words(1200)};

  it('sets minutes from the English lesson, for the lesson and its translations alike', () => {
    expect(deriveLessonFrontMatter({title: 'X', exercise_minutes: 60}, {...english, frontMatter: {exercise_minutes: 60}}).minutes).toBe(70);
    const translated = deriveLessonFrontMatter({title: 'Y'}, english);
    expect(translated).toMatchObject({title: 'Y', minutes: 70, exercise_minutes: 60});
  });

  it('overrides a hand-written minutes and resolves version placeholders', () => {
    expect(deriveLessonFrontMatter({title: 'On %version/go%', minutes: 5}, english)).toMatchObject({title: expect.stringMatching(/^On Go 1\.\d+$/), minutes: 70});
  });

  it('keeps a released lesson\'s written minutes when its English lesson declares no exercise_minutes', () => {
    expect(deriveLessonFrontMatter({minutes: 45}, {frontMatter: {minutes: 45}, body: words(5000)}).minutes).toBe(45);
    expect(deriveLessonFrontMatter({minutes: 45}, null).minutes).toBe(45);
  });
});

describe('exerciseTextProblems', () => {
  const lesson = (tryIt: string, heading = '## Try it') => ['## Worked example: x', 'A 10-minute test.', heading, ...tryIt.split('\n'), '## Check yourself'];

  it('accepts an exercise whose stated estimate matches, in each language, across a line break', () => {
    expect(exerciseTextProblems(lesson('Write it. Allow about 60 to\n75 minutes.'), 75)).toEqual([]);
    expect(exerciseTextProblems(lesson('Escríbelo. Calcula entre 60 y 75 minutos.', '## Inténtalo'), 75, 'es')).toEqual([]);
    expect(exerciseTextProblems(lesson('Escreva. Conte com cerca\nde 45 minutos.', '## Mão na massa'), 45, 'pt-BR')).toEqual([]);
  });

  it('reports a stated estimate that disagrees, at its line', () => {
    const problems = exerciseTextProblems(lesson('Write it.\nIt takes about 90 minutes.'), 60, 'en', 10);
    expect(problems).toEqual([{line: 14, message: expect.stringMatching(/"takes about 90 minutes" .* exercise_minutes: 60/)}]);
  });

  it('reports an exercise that states no estimate, and ignores other durations', () => {
    const [problem] = exerciseTextProblems(lesson('Run a load test for 10 minutes and write it up.'), 60);
    expect(problem!.message).toMatch(/states no time for the exercise/);
  });
});
