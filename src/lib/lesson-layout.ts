/**
 * The fixed layout of a lesson, in one place: which `##` sections it has and in what order, what each
 * must contain, and how much teaching prose it holds. Pure; the markdownlint rules and the content
 * statistics both read lessons through `analyzeLesson`.
 */
type SectionTitles = {
  objectives: string;
  workedExamplePrefix: string;
  tryIt: string;
  checkYourself: string;
  checklist: string;
  sources: string;
  /** The bold label that opens the optional extra step of "Try it" (see STYLEGUIDE.md, Exercises). */
  stretchLabel: string;
};

/** Section headings per locale; translations use these exact headings (see CONTRIBUTING.md). */
export const SECTIONS_BY_LOCALE: Record<string, SectionTitles> = {
  en: {
    objectives: 'What you will learn',
    workedExamplePrefix: 'Worked example',
    tryIt: 'Try it',
    checkYourself: 'Check yourself',
    checklist: 'Checklist',
    sources: 'Sources',
    stretchLabel: '**Stretch:**',
  },
  es: {
    objectives: 'Qué vas a aprender',
    workedExamplePrefix: 'Ejemplo práctico',
    tryIt: 'Inténtalo',
    checkYourself: 'Ponte a prueba',
    checklist: 'Lista de verificación',
    sources: 'Fuentes',
    stretchLabel: '**Desafío extra:**',
  },
  'pt-BR': {
    objectives: 'O que você vai aprender',
    workedExamplePrefix: 'Exemplo prático',
    tryIt: 'Mão na massa',
    checkYourself: 'Teste seus conhecimentos',
    checklist: 'Checklist',
    sources: 'Fontes',
    stretchLabel: '**Desafio extra:**',
  },
};

export const SECTIONS = SECTIONS_BY_LOCALE.en!;

/** The last four sections, always in this order, always at the end. */
export const closingSections = (titles: SectionTitles): string[] => [
  titles.tryIt,
  titles.checkYourself,
  titles.checklist,
  titles.sources,
];

/** `i18n/es/…` → `es`; anything else is English. */
export function localeOfPath(path: string): string {
  const match = /(?:^|[\\/])i18n[\\/]([^\\/]+)[\\/]/.exec(path);
  return match && match[1]! in SECTIONS_BY_LOCALE ? match[1]! : 'en';
}

export const MIN_PROSE_WORDS = 900;
export const SELF_CHECK_QUESTIONS = {min: 3, max: 5};
export const MIN_CHECKLIST_ITEMS = 3;

export type Section = {title: string; line: number; lines: string[]};

export type LessonAnalysis = {
  /** `##` sections with their 1-based heading line and body lines */
  sections: Section[];
  proseWords: number;
  selfCheckQuestions: number;
  checklistItems: number;
  workedExamples: number;
  /** Paragraphs in "Try it" that open with the stretch label */
  stretchSteps: number;
};

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Lines outside fenced code, with their 1-based numbers. */
function linesOutsideCode(lines: string[]): {text: string; line: number}[] {
  const out: {text: string; line: number}[] = [];
  let fence: string | null = null;
  lines.forEach((text, index) => {
    const match = FENCE.exec(text);
    if (match) {
      const marker = match[1]!;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence === null) out.push({text, line: index + 1});
  });
  return out;
}

/**
 * Words of running prose: paragraphs only. Headings, lists, tables, quotes of code, math blocks, JSX
 * and admonition markers do not count, so the figure measures teaching text, not scaffolding.
 */
export function countProseWords(lines: string[]): number {
  let words = 0;
  let inMath = false;
  for (const {text} of linesOutsideCode(lines)) {
    const trimmed = text.trim();
    if (trimmed === '$$') {
      inMath = !inMath;
      continue;
    }
    if (inMath || trimmed === '') continue;
    if (/^(#|[-*+] |\d+[.)] |\||<|:::|import |export |\$\$)/.test(trimmed)) continue;
    if (/^\s{2,}([-*+] |\d+[.)] )/.test(text)) continue;
    const plain = trimmed
      .replace(/`[^`]*`/g, ' ')
      .replace(/\$[^$]*\$/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ');
    words += plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  return words;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function analyzeLesson(lines: string[], titles: SectionTitles = SECTIONS): LessonAnalysis {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const {text, line} of linesOutsideCode(lines)) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading && !text.startsWith('###')) {
      current = {title: heading[1]!.replace(/\s*\\?\{#[^}]*\\?\}$/, ''), line, lines: []};
      sections.push(current);
    } else if (current) {
      current.lines.push(text);
    }
  }
  const section = (title: string) => sections.find((s) => s.title === title);
  const count = (s: Section | undefined, pattern: RegExp) => (s ? s.lines.filter((l) => pattern.test(l)).length : 0);
  return {
    sections,
    proseWords: countProseWords(lines),
    selfCheckQuestions: count(section(titles.checkYourself), /^\s*<details>/),
    checklistItems: count(section(titles.checklist), /^\s*[-*+] \[[ xX]\] /),
    workedExamples: sections.filter((s) => s.title.startsWith(titles.workedExamplePrefix)).length,
    stretchSteps: count(section(titles.tryIt), new RegExp(`^\\s*${escapeRegExp(titles.stretchLabel)}\\s`)),
  };
}

/**
 * A missing stretch step, or null. Kept out of `checkLessonLayout` because the released 2026 edition
 * predates the rule and does not change; the markdownlint rule applies it to Next only.
 */
export function missingStretchStep(lines: string[], locale = 'en'): LayoutProblem | null {
  const titles = SECTIONS_BY_LOCALE[locale] ?? SECTIONS_BY_LOCALE.en!;
  const analysis = analyzeLesson(lines, titles);
  const tryIt = analysis.sections.find((s) => s.title === titles.tryIt);
  if (!tryIt || analysis.stretchSteps > 0) return null;
  return {
    line: tryIt.line,
    message: `"## ${titles.tryIt}" needs a stretch step: a paragraph that starts with "${titles.stretchLabel}" and extends the exercise for readers who want more.`,
  };
}

export type LayoutProblem = {line: number; message: string};

/** Everything that breaks the lesson layout, each with the line to fix and how. */
export function checkLessonLayout(lines: string[], locale = 'en'): LayoutProblem[] {
  const SECTIONS = SECTIONS_BY_LOCALE[locale] ?? SECTIONS_BY_LOCALE.en!;
  const CLOSING_SECTIONS = closingSections(SECTIONS);
  const problems: LayoutProblem[] = [];
  const analysis = analyzeLesson(lines, SECTIONS);
  const {sections} = analysis;
  const titles = sections.map((s) => s.title);
  const first = sections[0];
  if (!first || first.title !== SECTIONS.objectives) {
    problems.push({
      line: first?.line ?? 1,
      message: `The first section must be "## ${SECTIONS.objectives}" followed by <LessonObjectives />; found ${first ? `"## ${first.title}"` : 'no ## section'}.`,
    });
  } else if (!first.lines.some((l) => l.includes('<LessonObjectives'))) {
    problems.push({line: first.line, message: `"## ${SECTIONS.objectives}" must contain <LessonObjectives /> (it shows the frontmatter objectives).`});
  }
  const closing = titles.slice(-CLOSING_SECTIONS.length);
  if (closing.join('|') !== CLOSING_SECTIONS.join('|')) {
    const missing = CLOSING_SECTIONS.filter((t) => !titles.includes(t));
    problems.push({
      line: sections[sections.length - 1]?.line ?? 1,
      message: missing.length
        ? `Missing section${missing.length > 1 ? 's' : ''} ${missing.map((t) => `"## ${t}"`).join(', ')}. A lesson ends with ${CLOSING_SECTIONS.map((t) => `"## ${t}"`).join(', ')}, in that order.`
        : `The last sections must be ${CLOSING_SECTIONS.map((t) => `"## ${t}"`).join(', ')}, in that order; found ${closing.map((t) => `"## ${t}"`).join(', ')}.`,
    });
  }
  const tryIt = sections.find((s) => s.title === SECTIONS.tryIt);
  const teaching = sections.slice(1, tryIt ? sections.indexOf(tryIt) : sections.length);
  if (!teaching.some((s) => s.title.startsWith(SECTIONS.workedExamplePrefix))) {
    problems.push({
      line: tryIt?.line ?? 1,
      message: `Add at least one "## ${SECTIONS.workedExamplePrefix}: …" section before "## ${SECTIONS.tryIt}".`,
    });
  }
  if (!teaching.some((s) => !s.title.startsWith(SECTIONS.workedExamplePrefix))) {
    problems.push({line: first?.line ?? 1, message: 'Add at least one teaching section (## …) after "What you will learn".'});
  }
  const selfCheck = sections.find((s) => s.title === SECTIONS.checkYourself);
  if (selfCheck) {
    const {min, max} = SELF_CHECK_QUESTIONS;
    if (analysis.selfCheckQuestions < min || analysis.selfCheckQuestions > max) {
      problems.push({
        line: selfCheck.line,
        message: `"## ${SECTIONS.checkYourself}" has ${analysis.selfCheckQuestions} answers in <details>; write ${min} to ${max} questions, each followed by <details><summary>Answer</summary> … </details>.`,
      });
    }
  }
  const checklist = sections.find((s) => s.title === SECTIONS.checklist);
  if (checklist) {
    if (!checklist.lines.some((l) => /^\s*<Checklist>/.test(l))) {
      problems.push({line: checklist.line, message: `"## ${SECTIONS.checklist}" must hold a <Checklist> block with a task list ("- [ ] I can … {#id}").`});
    } else if (analysis.checklistItems < MIN_CHECKLIST_ITEMS) {
      problems.push({line: checklist.line, message: `The checklist has ${analysis.checklistItems} items; give it at least ${MIN_CHECKLIST_ITEMS}.`});
    }
  }
  const sourcesSection = sections.find((s) => s.title === SECTIONS.sources);
  if (sourcesSection && !sourcesSection.lines.some((l) => l.includes('<LessonSources'))) {
    problems.push({line: sourcesSection.line, message: `"## ${SECTIONS.sources}" must contain <LessonSources /> (it lists the frontmatter sources).`});
  }
  if (analysis.proseWords < MIN_PROSE_WORDS) {
    problems.push({
      line: first?.line ?? 1,
      message: `The lesson has ${analysis.proseWords} words of prose; a lesson teaches in at least ${MIN_PROSE_WORDS} (code, lists and tables do not count).`,
    });
  }
  return problems;
}
