/**
 * The frontmatter schema of lessons and module pages. Pure: it takes the parsed YAML object and returns
 * problems; `scripts/check-content.ts` adds file and line. Each problem says what was found and what is
 * expected, so a contributor can fix it without reading this file.
 */
import {EXERCISE_MINUTES} from './lesson-minutes';

export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

export type Source = {title: string; publisher: string; year: number | 'n.d.'; url?: string};

export type LessonFrontMatter = {
  title: string;
  description: string;
  objectives: string[];
  /** Derived at build time (src/lib/lesson-minutes.ts); written by hand only in released editions. */
  minutes: number;
  /** The exercise's own estimate, declared once in the English lesson. */
  exercise_minutes?: number;
  level: Level;
  last_reviewed: string;
  sources: Source[];
};

export type FrontMatterProblem = {field: string; found: string; expected: string};

export const DESCRIPTION_MAX = 160;

/** Keys Docusaurus understands that a lesson may also use. Anything else is most likely a typo. */
const OPTIONAL_KEYS = new Set([
  'sidebar_label',
  'draft',
  'unlisted',
  'keywords',
  'image',
  'pagination_next',
  'pagination_prev',
  'hide_table_of_contents',
  'translation_of',
]);
const LESSON_KEYS = ['title', 'description', 'objectives', 'exercise_minutes', 'level', 'last_reviewed', 'sources'];

/**
 * Where a lesson's time comes from. `derived`: an English lesson of Next declares `exercise_minutes` and
 * the build derives `minutes`. `translated`: a translation of Next declares neither; it shows the English
 * lesson's figure. `released`: a released edition keeps what it was published with, either form.
 */
export type MinutesRule = 'derived' | 'translated' | 'released';
const MODULE_KEYS = ['title', 'description', 'objectives'];

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;

function checkText(fm: Record<string, unknown>, field: string, problems: FrontMatterProblem[], max?: number) {
  const value = fm[field];
  if (!isNonEmptyString(value)) {
    problems.push({field, found: show(value), expected: 'a non-empty line of text'});
  } else if (max !== undefined && value.length > max) {
    problems.push({field, found: `${value.length} characters`, expected: `at most ${max} characters`});
  }
}

function checkObjectives(fm: Record<string, unknown>, problems: FrontMatterProblem[]) {
  const value = fm.objectives;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isNonEmptyString)) {
    problems.push({
      field: 'objectives',
      found: show(value),
      expected: 'a list of at least one objective, each a line of text ("- Design a cursor-paginated endpoint")',
    });
  }
}

function checkUnknownKeys(fm: Record<string, unknown>, known: string[], problems: FrontMatterProblem[]) {
  for (const key of Object.keys(fm)) {
    if (!known.includes(key) && !OPTIONAL_KEYS.has(key)) {
      problems.push({field: key, found: 'an unknown field', expected: `one of: ${known.join(', ')}`});
    }
  }
}

/** Normalises a YAML date (js-yaml turns 2026-11-28 into a Date) to YYYY-MM-DD, or null. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
    return value;
  }
  return null;
}

function checkSources(value: unknown, problems: FrontMatterProblem[]) {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({
      field: 'sources',
      found: show(value),
      expected: 'a list of at least one source with title, publisher and year (and url when public)',
    });
    return;
  }
  value.forEach((source: unknown, index) => {
    const field = `sources[${index}]`;
    if (typeof source !== 'object' || source === null || Array.isArray(source)) {
      problems.push({field, found: show(source), expected: 'an entry with title, publisher, year and optional url'});
      return;
    }
    const entry = source as Record<string, unknown>;
    for (const key of ['title', 'publisher'] as const) {
      if (!isNonEmptyString(entry[key])) {
        problems.push({field: `${field}.${key}`, found: show(entry[key]), expected: 'a non-empty line of text'});
      }
    }
    const year = entry.year;
    const validYear = year === 'n.d.' || (Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2100);
    if (!validYear) {
      problems.push({
        field: `${field}.year`,
        found: show(year),
        expected: 'a year such as 2026, or "n.d." when the source gives no date',
      });
    }
    if (entry.url !== undefined && !(typeof entry.url === 'string' && /^https:\/\/[^\s]+$/.test(entry.url))) {
      problems.push({field: `${field}.url`, found: show(entry.url), expected: 'an https:// address, or no url field'});
    }
    for (const key of Object.keys(entry)) {
      if (!['title', 'publisher', 'year', 'url'].includes(key)) {
        problems.push({field: `${field}.${key}`, found: 'an unknown field', expected: 'only title, publisher, year, url'});
      }
    }
  });
}

const wholeNumber = (value: unknown, min: number, max: number): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function checkMinutes(fm: Record<string, unknown>, rule: MinutesRule, problems: FrontMatterProblem[]) {
  const {minutes, exercise_minutes: exercise} = fm;
  const {min, max} = EXERCISE_MINUTES;
  const exerciseExpected = `a whole number of minutes from ${min} to ${max}: the exercise's own estimate, as "Try it" states it`;
  if (rule === 'translated') {
    for (const field of ['minutes', 'exercise_minutes']) {
      if (fm[field] !== undefined) {
        problems.push({field, found: show(fm[field]), expected: 'no such field in a translation: the page shows the English lesson\'s minutes'});
      }
    }
    return;
  }
  if (minutes !== undefined && rule === 'derived') {
    problems.push({field: 'minutes', found: show(minutes), expected: 'no minutes field: the build derives it from the words and exercise_minutes'});
  }
  if (rule === 'released' && exercise === undefined) {
    if (!wholeNumber(minutes, 5, 600)) problems.push({field: 'minutes', found: show(minutes), expected: 'a whole number of minutes from 5 to 600'});
  } else if (!wholeNumber(exercise, min, max)) {
    problems.push({field: 'exercise_minutes', found: show(exercise), expected: exerciseExpected});
  }
}

export function checkLessonFrontMatter(fm: Record<string, unknown>, rule: MinutesRule = 'derived'): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  checkText(fm, 'title', problems);
  checkText(fm, 'description', problems, DESCRIPTION_MAX);
  checkObjectives(fm, problems);
  checkMinutes(fm, rule, problems);
  if (!LEVELS.includes(fm.level as Level)) {
    problems.push({field: 'level', found: show(fm.level), expected: `one of ${LEVELS.join(' | ')}`});
  }
  if (isoDate(fm.last_reviewed) === null) {
    problems.push({field: 'last_reviewed', found: show(fm.last_reviewed), expected: 'a date written YYYY-MM-DD'});
  }
  checkSources(fm.sources, problems);
  checkUnknownKeys(fm, [...LESSON_KEYS, 'minutes'], problems);
  return problems;
}

/** A module's `index.mdx`: its objectives; the hours are summed from its lessons' (derived) `minutes`. */
export function checkModuleFrontMatter(fm: Record<string, unknown>): FrontMatterProblem[] {
  const problems: FrontMatterProblem[] = [];
  checkText(fm, 'title', problems);
  checkText(fm, 'description', problems, DESCRIPTION_MAX);
  checkObjectives(fm, problems);
  checkUnknownKeys(fm, MODULE_KEYS, problems);
  return problems;
}
