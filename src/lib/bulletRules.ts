/**
 * The CV bullet formula from "A CV that survives thirty seconds" (module 07): system, work, production
 * context, result. Pure functions: compose one bullet from the four parts, and list gentle warnings
 * (vague phrases, numbers to defend, a very long bullet, a missing result). Nothing here blocks the
 * learner; the BulletBuilder widget only shows what these functions return.
 *
 * ## The template
 *
 *     {System}: {work}, {production context}; {result}.
 *
 * The system comes first and the work (a past-tense verb) right after it, so the first few words carry
 * "a verb and a system", as the lesson asks. Any part may be empty: its punctuation goes with it.
 * Each part is tidied first: runs of spaces and line breaks become one space, a leading list marker or
 * stray comma goes, and trailing periods, commas, semicolons, colons and ellipses go (the template adds
 * its own), except the period of an abbreviation such as "U.S." or "etc.". The bullet's first word is
 * capitalised when it is all lower case ("the checkout API" → "The checkout API"; "iOS" stays).
 * The first word of a later part is lower-cased when it is an ordinary capitalised word ("Added" →
 * "added", "A" → "a"), unless it is written with other capitals ("API", "PostgreSQL") or is one of the
 * names in KEEP_CASE ("Kafka", "Redis"…). The bullet ends with one period unless it already ends in
 * ".", "!" or "?".
 *
 * ## What counts as a metric
 *
 * A metric is a figure written in digits that a reader can ask "how did you measure that?" about:
 * - percentages: "40%", "12.5 %", "40 percent";
 * - multipliers: "3x", "10X", "3×";
 * - numbers with separators or decimals: "2,000", "1.2", "1,250.5";
 * - plain counts and amounts: "40 merchants", "2 weeks" (but not "two weeks", see below);
 * - numbers with a unit stuck to them: "300ms", "10k", "2M", "5GB", "200rps", "20-minute".
 * Not metrics:
 * - figures that are part of a name: "p95", "p99.9", "S3", "EC2", "OAuth2", "v2", "2FA", "K8s", "5xx",
 *   "HTTP/2" (digits touching letters, or following a slash);
 * - a bare year from 1950 to 2099 ("since 2022"); write "2,000" if you mean a count;
 * - number words ("two breaking changes", "four times faster"): claims too, but a note on every "one"
 *   would be noise.
 * Version numbers after a name ("Java 17", "Python 3.12") cannot be told apart from counts, so the
 * system field, where they usually live, is not checked for numbers. The note is gentle: a number you
 * can defend is welcome, and a precise qualitative result is just as good.
 */

export const FIELD_NAMES = ['system', 'work', 'context', 'result'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type BulletFields = Record<FieldName, string>;

export const EMPTY_FIELDS: BulletFields = {system: '', work: '', context: '', result: ''};

/** Above this many characters a bullet stops being a one-glance line; the widget says so. */
export const MAX_BULLET_LENGTH = 220;

/** Fields checked for numbers. The system field names things ("Java 17", "S3"), so it is left out. */
export const METRIC_FIELDS: readonly FieldName[] = ['work', 'context', 'result'];

export type VagueRule = {
  id: string;
  /** The phrase as the learner sees it in the warning */
  phrase: string;
  /** Regular-expression source for the phrase, matched case-insensitively as whole words */
  pattern: string;
  /** Why it weakens a bullet */
  rationale: string;
  /** What to write instead */
  suggestion: string;
};

export const VAGUE_RULES: readonly VagueRule[] = [
  {
    id: 'responsible-for',
    phrase: 'responsible for',
    pattern: 'responsible\\s+for',
    rationale: 'It describes a duty from a job description, not what you did.',
    suggestion: 'Say what you did: designed, built, migrated, reduced…',
  },
  {
    id: 'worked-on',
    phrase: 'worked on',
    pattern: 'worked\\s+on',
    rationale: 'It hides your part: the reader cannot tell whether you wrote the code, reviewed it or watched.',
    suggestion: 'Name the action: built, replaced, added, fixed…',
  },
  {
    id: 'worked-with',
    phrase: 'worked with',
    pattern: 'worked\\s+with',
    rationale: 'It reads like a list of tools. Technologies belong in a bullet only as part of the work.',
    suggestion: 'Say what you built with them, or move the list to your skills section.',
  },
  {
    id: 'helped-with',
    phrase: 'helped with',
    pattern: '(?:helped|helping)\\s+(?:with|to)',
    rationale: 'It makes your part sound small and leaves the reader guessing what it was.',
    suggestion: 'Say which part was yours: wrote the migration script, owned the rollback plan…',
  },
  {
    id: 'involved-in',
    phrase: 'involved in',
    pattern: 'involved\\s+in',
    rationale: 'Being involved says nothing about what you did.',
    suggestion: 'Name your role and the task: led, designed, tested, coordinated…',
  },
  {
    id: 'participated-in',
    phrase: 'participated in',
    pattern: 'participated\\s+in',
    rationale: 'Participation sounds like attendance, not a contribution.',
    suggestion: 'Say what you did in it: led the response, wrote the postmortem…',
  },
  {
    id: 'assisted',
    phrase: 'assisted',
    pattern: 'assist(?:ed|ing|s)?',
    rationale: 'It puts someone else at the centre of your own bullet.',
    suggestion: 'Describe your own piece of the work with a direct verb.',
  },
  {
    id: 'various',
    phrase: 'various',
    pattern: 'various',
    rationale: 'It tells the reader there is something, but not what.',
    suggestion: 'Name them, or the most important one: the billing and refunds services, three payment providers…',
  },
  {
    id: 'etc',
    phrase: 'etc.',
    pattern: 'etc\\.?',
    rationale: 'It asks the reader to guess the rest of the list.',
    suggestion: 'Keep the items that matter and cut the rest.',
  },
  {
    id: 'best-practices',
    phrase: 'best practices',
    pattern: 'best\\s+practices?',
    rationale: 'It says nothing a reader could check.',
    suggestion: 'Name the practice: added contract tests in CI, introduced a PR template…',
  },
];

/**
 * Word boundaries for phrases. A hyphen or slash touching the phrase makes it part of another word:
 * "co-worked on" is not "worked on", "worked on-call shifts" is not either, and "/etc/hosts" is a path.
 */
const EDGE = '[\\p{L}\\p{N}_/-]';
const NOT_EDGE = '[^\\p{L}\\p{N}_/-]';
const vagueRegex = (rule: VagueRule): RegExp => new RegExp(`(^|${NOT_EDGE})(${rule.pattern})(?!${EDGE})`, 'iu');
const COMPILED = VAGUE_RULES.map((rule) => ({rule, regex: vagueRegex(rule)}));

/** Collapse runs of whitespace (spaces, tabs, line breaks) into one space and trim. */
export const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The vague phrases in a text, once per rule, in rule order, with the words as typed. */
export function findVaguePhrases(text: string): {rule: VagueRule; match: string}[] {
  const found: {rule: VagueRule; match: string}[] = [];
  for (const {rule, regex} of COMPILED) {
    const match = regex.exec(text);
    if (match) found.push({rule, match: collapseSpaces(match[2]!)});
  }
  return found;
}

const UNIT = '(?:\\s?%|\\s?percent|[x×]|k|m|b|bn|ms|s|sec|min|h|hrs?|kb|mb|gb|tb|rps|qps|rpm|-[\\p{L}]+)';
const NUMBER = new RegExp(`(^|[^\\p{L}\\p{N}_./,-])(\\d+(?:[.,]\\d+)*)(${UNIT})?(?![\\p{L}\\p{N}_])`, 'giu');
const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** The figures in a text that count as metrics (see the module comment), as typed. */
export function findMetrics(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [, , digits, unit] = match;
    if (!unit && YEAR.test(digits!)) continue;
    found.push(collapseSpaces(`${digits}${unit ?? ''}`));
  }
  return found;
}

/** Proper names that may open a later part and must keep their capital. */
export const KEEP_CASE: ReadonlySet<string> = new Set([
  'Kafka', 'Redis', 'Docker', 'Kubernetes', 'Python', 'Java', 'Django', 'Spring', 'Node', 'Go', 'Rust',
  'Ruby', 'Rails', 'Laravel', 'Grafana', 'Datadog', 'Sentry', 'Terraform', 'Postgres', 'Linux', 'Stripe',
  'Slack', 'Jira', 'English', 'Spanish', 'Portuguese', 'Black',
]);

const ABBREVIATION_END = /(?:(?:^|[\s(])(?:\p{L}\.){2,}|\betc\.)$/iu;

/** One part, tidied: single spaces, no leading list marker or comma, no trailing punctuation. */
export function tidyPart(text: string): string {
  let part = collapseSpaces(text).replace(/^[•*–—,;:-]+\s*/u, '');
  for (;;) {
    const before = part;
    part = part.replace(/(?:\s|[,;:]|\.\.\.|…)+$/u, '');
    if (part.endsWith('.') && !ABBREVIATION_END.test(part)) part = part.replace(/\.+$/, '');
    if (part === before) return part;
  }
}

function capitaliseFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0];
  if (!word || word !== word.toLowerCase()) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  const match = /^(\p{L}+)(.?)/u.exec(text);
  if (!match) return text;
  const word = match[1]!;
  const next = match[2]!;
  const ordinary = /^\p{Lu}\p{Ll}+$/u.test(word) && !KEEP_CASE.has(word);
  const article = word === 'A' && (next === ' ' || next === '');
  if (!ordinary && !article) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The bullet for four parts: "{System}: {work}, {context}; {result}." Empty when every part is empty. */
export function composeBullet(fields: BulletFields): string {
  const [system, work, context, result] = FIELD_NAMES.map((name) => tidyPart(fields[name]));
  let bullet = '';
  const add = (separator: string, part: string) => {
    if (!part) return;
    bullet = bullet ? `${bullet}${separator}${lowerFirst(part)}` : part;
  };
  add('', system!);
  add(': ', work!);
  add(', ', context!);
  add('; ', result!);
  if (!bullet) return '';
  bullet = capitaliseFirst(bullet);
  return /[.!?]$/.test(bullet) ? bullet : `${bullet}.`;
}

/** Length as a reader counts it: characters, not UTF-16 units ("é" and "→" are one each). */
export const bulletLength = (bullet: string): number => [...bullet].length;

export type BulletWarning =
  | {kind: 'vague'; key: string; field: FieldName; rule: VagueRule; match: string}
  | {kind: 'metric'; key: string; field: FieldName; numbers: string[]}
  | {kind: 'missing-result'; key: string; field: 'result'}
  | {kind: 'long'; key: string; length: number; max: number};

/**
 * Every warning for the four parts, in field order (vague phrases, then numbers), then the missing
 * result, then the length. Nothing is reported while every part is empty. Keys are stable and unique,
 * so the widget can use them as element ids.
 */
export function checkBullet(fields: BulletFields): BulletWarning[] {
  const warnings: BulletWarning[] = [];
  if (FIELD_NAMES.every((name) => collapseSpaces(fields[name]) === '')) return warnings;
  for (const field of FIELD_NAMES) {
    for (const {rule, match} of findVaguePhrases(fields[field])) {
      warnings.push({kind: 'vague', key: `vague-${field}-${rule.id}`, field, rule, match});
    }
    const numbers = METRIC_FIELDS.includes(field) ? findMetrics(fields[field]) : [];
    if (numbers.length) warnings.push({kind: 'metric', key: `metric-${field}`, field, numbers});
  }
  if (tidyPart(fields.result) === '') warnings.push({kind: 'missing-result', key: 'missing-result', field: 'result'});
  const length = bulletLength(composeBullet(fields));
  if (length > MAX_BULLET_LENGTH) warnings.push({kind: 'long', key: 'long', length, max: MAX_BULLET_LENGTH});
  return warnings;
}
