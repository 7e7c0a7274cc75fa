/**
 * Rubrics for the lessons' exercises ("Try it"), for teachers: the shape, the checks and the one-language
 * view. The rubrics themselves live in src/data/rubrics.ts, keyed by lesson id; they are shown in the
 * teacher's guide and written into the syllabus JSON, never in the learner's lesson.
 *
 * Each rubric is a single-point rubric: every criterion describes what meets the bar, and optionally what
 * goes beyond it. A teacher marks each criterion "not yet", "meets" or "beyond" (RUBRIC_LEVELS) and writes
 * what is missing or what stood out. The expected outcome says what a finished exercise looks like.
 */
export const RUBRIC_LOCALES = ['en', 'es', 'pt-BR'] as const;
export type RubricLocale = (typeof RUBRIC_LOCALES)[number];
export type Localized = Record<RubricLocale, string>;

export const RUBRIC_LEVELS = ['not-yet', 'meets', 'beyond'] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

export type RubricCriterion = {meets: Localized; beyond?: Localized};
export type Rubric = {expectedOutcome: Localized; criteria: RubricCriterion[]};

/** A rubric in one language, as the guide shows it and the syllabus JSON carries it. */
export type LocalRubric = {
  levels: RubricLevel[];
  expectedOutcome: string;
  criteria: {meets: string; beyond?: string}[];
};

export const rubricLocale = (locale: string): RubricLocale =>
  (RUBRIC_LOCALES as readonly string[]).includes(locale) ? (locale as RubricLocale) : 'en';

export function localRubric(rubric: Rubric, locale: string): LocalRubric {
  const lang = rubricLocale(locale);
  return {
    levels: [...RUBRIC_LEVELS],
    expectedOutcome: rubric.expectedOutcome[lang],
    criteria: rubric.criteria.map(({meets, beyond}) => ({meets: meets[lang], ...(beyond ? {beyond: beyond[lang]} : {})})),
  };
}

export const MIN_CRITERIA = 2;

/** What is wrong with one rubric: an empty text, a language missing, too few criteria. */
export function rubricProblems(lessonId: string, rubric: Rubric): string[] {
  const problems: string[] = [];
  const texts: [string, Localized | undefined][] = [
    ['expectedOutcome', rubric.expectedOutcome],
    ...rubric.criteria.flatMap((criterion, i): [string, Localized | undefined][] => [
      [`criteria[${i}].meets`, criterion.meets],
      ...(criterion.beyond ? ([[`criteria[${i}].beyond`, criterion.beyond]] as [string, Localized][]) : []),
    ]),
  ];
  for (const [field, text] of texts) {
    for (const locale of RUBRIC_LOCALES) {
      if (!text || typeof text[locale] !== 'string' || text[locale].trim() === '') {
        problems.push(`rubric of ${lessonId}: ${field} has no ${locale} text; write it in en, es and pt-BR`);
      }
    }
  }
  if (rubric.criteria.length < MIN_CRITERIA) {
    problems.push(`rubric of ${lessonId}: ${rubric.criteria.length} criteria; a rubric needs at least ${MIN_CRITERIA}`);
  }
  return problems;
}

export type RubricCount = {lessons: number; withRubric: number; missing: string[]; unused: string[]; problems: string[]};

/**
 * Counts the lessons that have a complete rubric. A lesson without one, or an incomplete rubric, is a
 * problem. A rubric whose lesson is not in this tree is only reported (`unused`): it may belong to a
 * lesson written on another branch, and becomes counted once that lesson is merged.
 */
export function countRubrics(lessonIds: string[], rubrics: Record<string, Rubric>): RubricCount {
  const missing = lessonIds.filter((id) => !(id in rubrics));
  const problems = missing.map((id) => `lesson ${id} has no rubric: add one for its exercise in src/data/rubrics.ts (en, es and pt-BR)`);
  for (const id of lessonIds) if (rubrics[id]) problems.push(...rubricProblems(id, rubrics[id]));
  const unused = Object.keys(rubrics).filter((id) => !lessonIds.includes(id));
  return {lessons: lessonIds.length, withRubric: lessonIds.length - missing.length, missing, unused, problems};
}

/** `docs/02-the-role/02-api-design.mdx` → `the-role/api-design`, as Docusaurus names the doc. */
export const lessonIdOfPath = (relativePath: string): string =>
  relativePath
    .replace(/\.mdx?$/, '')
    .split(/[\\/]/)
    .map((part) => part.replace(/^\d+-/, ''))
    .join('/');
