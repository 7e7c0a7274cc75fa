/**
 * One home per idea: an idea's defining formula is taught in one lesson, and the other lessons that use
 * the idea link to that lesson's section instead of teaching it again. `npm run content:stats` reports it.
 */
export type IdeaHome = {
  idea: string;
  /** Matches the formula where a lesson teaches it, in the lesson's MDX source. */
  formula: RegExp;
  /** The teaching section, as a link target ends: `<lesson file>#<anchor>` in English. */
  section: string;
};

export const LITTLES_LAW: IdeaHome = {
  idea: "Little's law",
  formula: /L\s*=\s*\\lambda\s*W/,
  section: '07-reading-benchmarks.mdx#littles-law',
};

export const IDEA_HOMES: IdeaHome[] = [LITTLES_LAW];

export type LessonText = {lesson: string; body: string};
export type IdeaReport = {idea: string; taughtIn: string[]; linkedFrom: string[]};

const LINK_TARGET = /\]\(([^)\s]+)\)/g;

function linksTo(body: string, section: string): boolean {
  return [...body.matchAll(LINK_TARGET)].some(([, target = '']) => target === section || target.endsWith(`/${section}`));
}

export function ideaReport(home: IdeaHome, lessons: LessonText[]): IdeaReport {
  const taughtIn = lessons.filter((l) => home.formula.test(l.body)).map((l) => l.lesson);
  const linkedFrom = lessons
    .filter((l) => !taughtIn.includes(l.lesson) && linksTo(l.body, home.section))
    .map((l) => l.lesson);
  return {idea: home.idea, taughtIn, linkedFrom};
}
