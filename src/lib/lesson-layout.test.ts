import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {analyzeLesson, checkLessonLayout, countProseWords, missingStretchStep, SECTIONS_BY_LOCALE} from './lesson-layout';

const prose = (words: number) => Array.from({length: words}, () => 'word').join(' ');

/** A lesson that passes, built from the template so the test and the template cannot drift apart. */
function templateLesson(): string[] {
  const template = readFileSync(join(import.meta.dirname, '../../scripts/templates/lesson.mdx'), 'utf8');
  const body = template.replace(/^---[\s\S]*?---\n/, '');
  return body.replace('## A section of the lesson itself\n', `## A section of the lesson itself\n\n${prose(900)}\n`).split('\n');
}

const without = (lines: string[], heading: string) => {
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return [...lines.slice(0, start), ...lines.slice(end)];
};

describe('lesson layout', () => {
  it('accepts the lesson template once it has enough prose', () => {
    expect(checkLessonLayout(templateLesson())).toEqual([]);
  });

  it('counts prose, not code, lists, tables or math', () => {
    const lines = ['Two words.', '```ts', 'const notProse = 1;', '```', '- a list item', '| a | table |', '$$', 'x = y', '$$', 'Inline `code` and $x$ skipped.'];
    expect(countProseWords(lines)).toBe(5);
  });

  it('reports a missing section with the fix', () => {
    const problems = checkLessonLayout(without(templateLesson(), '## Try it'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/Missing section "## Try it"\. A lesson ends with/));
  });

  it('reports sections out of order', () => {
    const lines = templateLesson();
    const a = lines.indexOf('## Checklist');
    const b = lines.indexOf('## Check yourself');
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    expect(checkLessonLayout(lines).map((p) => p.message)).toContainEqual(expect.stringMatching(/in that order; found/));
  });

  it('needs a worked example before "Try it"', () => {
    const problems = checkLessonLayout(without(templateLesson(), '## Worked example: a concrete case'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/Worked example/));
  });

  it('needs 3 to 5 answers folded in <details>', () => {
    const lines = templateLesson().filter((line, i, all) => !(line === '<details>' && all.slice(0, i).filter((l) => l === '<details>').length >= 1));
    const problem = checkLessonLayout(lines).find((p) => p.message.includes('Check yourself'));
    expect(problem?.message).toMatch(/has 1 answers in <details>; write 3 to 5/);
    expect(problem?.line).toBe(lines.indexOf('## Check yourself') + 1);
  });

  it('needs a checklist with at least 3 items', () => {
    const lines = templateLesson().filter((line) => !line.includes('{#lesson-slug-second-skill}'));
    expect(checkLessonLayout(lines).map((p) => p.message)).toContainEqual('The checklist has 2 items; give it at least 3.');
  });

  it('needs at least 900 words of prose', () => {
    const template = readFileSync(join(import.meta.dirname, '../../scripts/templates/lesson.mdx'), 'utf8').split('\n');
    expect(checkLessonLayout(template).map((p) => p.message)).toContainEqual(expect.stringMatching(/words of prose; a lesson teaches in at least 900/));
  });

  it('finds the sections with their lines', () => {
    const {sections, workedExamples} = analyzeLesson(templateLesson());
    expect(sections.map((s) => s.title)).toEqual([
      'What you will learn',
      'A section of the lesson itself',
      'Worked example: a concrete case',
      'Try it',
      'Check yourself',
      'Checklist',
      'Sources',
    ]);
    expect(workedExamples).toBe(1);
  });

  it('counts the labelled stretch step of "Try it", in each locale', () => {
    expect(analyzeLesson(templateLesson()).stretchSteps).toBe(1);
    expect(missingStretchStep(templateLesson())).toBeNull();
    const spanish = ['## Inténtalo', '', 'Escribe algo.', '', '**Desafío extra:** Ve más lejos.', '', '## Ponte a prueba'];
    expect(analyzeLesson(spanish, SECTIONS_BY_LOCALE.es).stretchSteps).toBe(1);
    expect(missingStretchStep(spanish, 'es')).toBeNull();
    expect(missingStretchStep(spanish, 'pt-BR')).toBeNull(); // no "Mão na massa" section: nothing to require
  });

  it('reports a "Try it" without a stretch step, at its heading', () => {
    const lines = templateLesson().filter((line) => !line.startsWith('**Stretch:**'));
    expect(analyzeLesson(lines).stretchSteps).toBe(0);
    expect(missingStretchStep(lines)).toEqual({
      line: lines.indexOf('## Try it') + 1,
      message: expect.stringMatching(/^"## Try it" needs a stretch step: a paragraph that starts with "\*\*Stretch:\*\*"/),
    });
  });

  it('does not count the label outside "Try it" or in the middle of a sentence', () => {
    const lines = templateLesson().map((line) => (line.startsWith('**Stretch:**') ? `As a **Stretch:** mention ${line}` : line));
    lines.splice(lines.indexOf('## Check yourself') + 1, 0, '', '**Stretch:** in the wrong section.');
    expect(analyzeLesson(lines).stretchSteps).toBe(0);
  });
});
