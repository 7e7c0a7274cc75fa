/**
 * A lesson's `minutes`, derived so it cannot drift from the text: the time to read the English lesson plus
 * the exercise's own estimate, declared once in the English frontmatter as `exercise_minutes`. Every
 * consumer (doc metadata, module summaries, syllabus and curriculum data, hours, content statistics, print
 * views) gets the value from `deriveLessonFrontMatter`, through Docusaurus's `markdown.parseFrontMatter`
 * hook (plugins/lesson-frontmatter) or the lesson reader used by scripts. Translations take the English
 * lesson's value: a learner reads the same lesson in any language.
 */
import {resolveFrontMatterPlaceholders} from './versions';
import {SECTIONS_BY_LOCALE} from './lesson-layout';

/**
 * The project's planning assumption for reading speed, in words per minute. Adults reading non-fiction
 * silently in their first language average about 238 words per minute (Brysbaert 2019, see
 * CONTRIBUTING.md). Learners here read technical English, often as a second language, and stop to try
 * commands: the project plans with half that rate. It is an assumption for planning, not a measurement.
 */
export const READING_WORDS_PER_MINUTE = 120;

/** `minutes` is rounded up to a multiple of this, so a one-word edit does not change the figure. */
export const MINUTES_STEP = 5;

export const EXERCISE_MINUTES = {min: 5, max: 300};

/**
 * Words a learner reads: paragraphs, headings, lists, tables, answers and code (a worked example's code is
 * read as closely as its prose; symbols without letters or digits do not count). Math blocks, imports and
 * lines that hold only a component tag are not read as words.
 */
export function readingWords(body: string): number {
  let words = 0;
  let inMath = false;
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '$$') {
      inMath = !inMath;
      continue;
    }
    if (inMath || /^(import |export |<\/?[A-Za-z][^>]*>$|:::|```|~~~)/.test(trimmed)) continue;
    const plain = trimmed
      .replace(/\$[^$]*\$/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\\?\{#[a-z0-9-]+\\?\}/g, ' ');
    words += plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  return words;
}

export function readingMinutes(body: string): number {
  return Math.ceil(readingWords(body) / READING_WORDS_PER_MINUTE);
}

/** Reading time plus the exercise, rounded up to the next multiple of MINUTES_STEP. */
export function lessonMinutes(body: string, exerciseMinutes: number): number {
  return Math.ceil((readingMinutes(body) + exerciseMinutes) / MINUTES_STEP) * MINUTES_STEP;
}

export type EnglishLesson = {frontMatter: Record<string, unknown>; body: string};

const isExerciseMinutes = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= EXERCISE_MINUTES.min && (value as number) <= EXERCISE_MINUTES.max;

/**
 * The frontmatter every consumer sees: version placeholders resolved, and `minutes` derived from the
 * English lesson when it declares `exercise_minutes`. `english` is the lesson itself for an English file,
 * its English counterpart for a translation, or null when there is none (a module page, a released
 * edition whose lessons still write `minutes`): then `minutes` stays as written.
 */
export function deriveLessonFrontMatter(frontMatter: Record<string, unknown>, english: EnglishLesson | null): Record<string, unknown> {
  const resolved = resolveFrontMatterPlaceholders(frontMatter);
  const exercise = english?.frontMatter.exercise_minutes;
  if (!english || !isExerciseMinutes(exercise)) return resolved;
  return {...resolved, exercise_minutes: exercise, minutes: lessonMinutes(english.body, exercise)};
}

export type MinutesProblem = {line: number; message: string};

/** How "Try it" states its time in each language: "It takes about 60 to 75 minutes", "Calcula unos 45 minutos". */
const ESTIMATE: Record<string, {lead: string; unit: string}> = {
  en: {lead: 'takes|Plan|Allow|Time:|Expect', unit: 'minutes'},
  es: {lead: 'Toma|Lleva|Calcula|Tiempo:|Reserva', unit: 'minutos'},
  'pt-BR': {lead: 'Leva|Reserve|Conte\\s+com|Tempo:', unit: 'minutos'},
};

const ESTIMATE_EXAMPLE: Record<string, string> = {en: 'It takes about', es: 'Toma unos', 'pt-BR': 'Leva cerca de'};

/**
 * Times the exercise text states as its estimate ("Allow about 60 to 75 minutes") that disagree with
 * `exercise_minutes`: the larger figure of each estimate must be the declared one, and there must be one. Other durations in the
 * exercise ("a 10-minute load test") are not estimates and are left alone. `firstLine` is the file line of
 * `lines[0]`.
 */
export function exerciseTextProblems(lines: string[], exerciseMinutes: number, locale = 'en', firstLine = 1): MinutesProblem[] {
  const heading = `## ${(SECTIONS_BY_LOCALE[locale] ?? SECTIONS_BY_LOCALE.en!).tryIt}`;
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const section = lines.slice(start, end < 0 ? lines.length : end).join('\n');
  const {lead, unit} = ESTIMATE[locale] ?? ESTIMATE.en!;
  const stated = new RegExp(
    `(?:${lead})\\s+(?:(?:for|about|around|unos|unas|entre|de|cerca\\s+de)\\s+)*(\\d+)(?:\\s*(?:to|or|a|y|o|ou|-|–)\\s*(\\d+))?\\s+${unit}\\b`,
    'g',
  );
  const problems: MinutesProblem[] = [];
  const estimates = [...section.matchAll(stated)];
  if (estimates.length === 0) {
    problems.push({
      line: firstLine + start,
      message: `"${heading}" states no time for the exercise. End it with the estimate, e.g. "${ESTIMATE_EXAMPLE[locale] ?? ESTIMATE_EXAMPLE.en} ${exerciseMinutes} ${unit}." (exercise_minutes in the English frontmatter).`,
    });
  }
  for (const match of estimates) {
    const upper = Number(match[2] ?? match[1]);
    if (upper === exerciseMinutes) continue;
    const line = firstLine + start + section.slice(0, match.index).split('\n').length - 1;
    problems.push({
      line,
      message: `"${match[0].replace(/\s+/g, ' ')}" in the exercise disagrees with exercise_minutes: ${exerciseMinutes} in the English frontmatter. State the same estimate here, or change exercise_minutes.`,
    });
  }
  return problems;
}
