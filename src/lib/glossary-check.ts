/**
 * The glossary check (src/data/glossary.ts) for one translated file: avoided terms, the other
 * language's words and checklist items that do not open as the style guide says, each with its line and
 * what to write. Code (fenced blocks and inline code) and
 * quoted text ("…", “…”) are not checked: code stays as in English, and a quote may cite a phrase or a
 * word of another language on purpose. In a JSON file only the "message" values are checked; in a
 * Markdown file the frontmatter `sources` list is skipped (titles stay as their publishers wrote them).
 */
import {bilingualTables, checklistOpeners, glossary, otherLanguage, type GlossaryLocale} from '../data/glossary';

export type GlossaryProblem = {line: number; found: string; message: string};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (phrase: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}-])`, 'iu');

/** The line with code, quotes and JSX attribute values blanked, so that columns stay where they were. */
export function checkableText(line: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return line
    .replace(/`[^`]*`/g, blank)
    .replace(/"(?:[^"\\]|\\.)*"/g, blank)
    .replace(/“[^”]*”/g, blank)
    .replace(/https?:\/\/\S+|\]\([^)]*\)/g, blank);
}

/** Where a quote opens that this line does not close (it continues on the next line), or -1. */
const unclosedQuote = (blanked: string): number => blanked.search(/["“]/);

/** Line numbers (1-based) to skip: fenced code, and the frontmatter sources list. */
function skippedLines(lines: readonly string[], isJson: boolean): Set<number> {
  const skipped = new Set<number>();
  if (isJson) {
    lines.forEach((line, i) => {
      if (!/^\s*"message":/.test(line)) skipped.add(i + 1);
    });
    return skipped;
  }
  let fence: string | null = null;
  let frontmatter = lines[0]?.trim() === '---';
  let inSources = false;
  lines.forEach((line, i) => {
    if (frontmatter && i > 0 && line.trim() === '---') {
      frontmatter = false;
      inSources = false;
      return;
    }
    if (frontmatter) {
      if (/^\S/.test(line)) inSources = /^sources:/.test(line);
      if (inSources) skipped.add(i + 1);
      return;
    }
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      skipped.add(i + 1);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else if (marker) {
      fence = marker;
      skipped.add(i + 1);
    }
  });
  return skipped;
}

/** What to check in a JSON line: the message value, without its outer quotes. */
const jsonMessage = (line: string): string => {
  const match = /^(\s*"message":\s*")(.*)"\s*,?\s*$/.exec(line);
  const [, key = '', value = ''] = match ?? [];
  return ' '.repeat(key.length) + checkableText(value.replace(/\\"/g, '"'));
};

/**
 * @param relativePath the file's path inside its locale's content folder (for bilingual tables), or any
 *   path for other files
 */
export function checkGlossary(source: string, locale: GlossaryLocale, relativePath = ''): GlossaryProblem[] {
  const lines = source.split(/\r?\n/);
  const isJson = relativePath.endsWith('.json');
  const skipped = skippedLines(lines, isJson);
  const tablesMayMix = bilingualTables.some((file) => relativePath.replace(/\\/g, '/').endsWith(file));
  const markers = otherLanguage[locale];
  const letters = new RegExp(`[\\p{L}]*[${markers.letters}][\\p{L}]*`, 'iu');
  const endings = markers.endings.length ? new RegExp(`[\\p{L}]+(?:${markers.endings.join('|')})(?![\\p{L}])`, 'iu') : null;
  const words = markers.words.map(wholeWords);
  const names = markers.names.map((name) => new RegExp(escape(name), 'g'));
  const avoided = glossary[locale].map((entry) => ({
    entry,
    patterns: entry.avoid.map((pattern) => (typeof pattern === 'string' ? wholeWords(pattern) : pattern)),
  }));

  const openers = new RegExp(`^(?:${checklistOpeners[locale].map(escape).join('|')})(?![\\p{L}])`, 'u');
  const problems: GlossaryProblem[] = [];
  let quoteOpen = false; // a quote that a previous line of the paragraph opened
  lines.forEach((raw, i) => {
    if (skipped.has(i + 1) || raw.trim() === '') {
      quoteOpen = false;
      return;
    }
    let line = raw;
    if (!isJson) {
      if (quoteOpen) {
        const close = line.search(/["”]/);
        line = close < 0 ? '' : ' '.repeat(close + 1) + line.slice(close + 1);
        quoteOpen = close < 0;
      }
      const open = unclosedQuote(checkableText(line));
      if (open >= 0) {
        line = line.slice(0, open);
        quoteOpen = true;
      }
    }
    const text = isJson ? jsonMessage(raw) : checkableText(line);
    const item = isJson ? undefined : /^\s*- \[[ xX]\] (.*)$/.exec(raw)?.[1];
    if (item !== undefined && !openers.test(item)) {
      problems.push({
        line: i + 1,
        found: item.split(' ').slice(0, 2).join(' '),
        message: `A checklist item opens with ${checklistOpeners[locale].map((o) => `"${o}…"`).join(', ')} (STYLEGUIDE.md, Checklist items).`,
      });
    }
    if (tablesMayMix && /^\s*\|/.test(raw)) return;
    for (const {entry, patterns} of avoided) {
      const found = patterns.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
      if (found) {
        problems.push({line: i + 1, found, message: `"${found}": use "${entry.term}" (glossary: ${entry.en}). ${entry.note}`});
      }
    }
    const withoutNames = names.reduce((t, name) => t.replace(name, (m) => ' '.repeat(m.length)), text);
    const foreign =
      letters.exec(withoutNames)?.[0] ?? endings?.exec(withoutNames)?.[0] ?? words.map((w) => w.exec(withoutNames)?.[0]).find(Boolean);
    if (foreign) {
      problems.push({
        line: i + 1,
        found: foreign,
        message: `"${foreign}" is ${markers.language}, not the language of this page. Give the term in this page's language (or the English term); in an English lesson use <Term> so each page shows its own language.`,
      });
    }
  });
  return problems;
}
