/**
 * Reading a lesson file's source: its YAML frontmatter and where things are, by line. Used by the
 * build-time checks and plugins (never shipped to the browser).
 */
import yaml from 'js-yaml';
import {extractChecklists, type ChecklistSourceItem} from './checklist-ids';

export type LessonSource = {
  frontMatter: Record<string, unknown>;
  /** 1-based line of each top-level frontmatter key */
  fieldLines: Record<string, number>;
  body: string;
  /** 1-based line in the file where `body` starts */
  bodyLine: number;
};

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function readLessonSource(source: string): LessonSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    return {frontMatter: {}, fieldLines: {}, body: source, bodyLine: 1};
  }
  const yamlText = match[1]!;
  let parsed: unknown;
  try {
    parsed = yaml.load(yamlText);
  } catch (error) {
    const mark = (error as {mark?: {line?: number}}).mark;
    throw new FrontMatterSyntaxError(
      `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      (mark?.line ?? 0) + 2,
    );
  }
  const fieldLines: Record<string, number> = {};
  yamlText.split('\n').forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*):/.exec(text);
    if (key) fieldLines[key[1]!] = index + 2;
  });
  const frontMatter = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {frontMatter, fieldLines, body: source.slice(match[0].length), bodyLine};
}

/** Checklist items of a lesson as plain text, for the progress page and the syllabus. */
export function checklistItems(source: string): ChecklistSourceItem[] {
  return extractChecklists(source).flatMap((block) => block.items);
}

/** Inline Markdown to plain text: enough for labels (code, emphasis, links). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\\([{}#])/g, '$1')
    .trim();
}
