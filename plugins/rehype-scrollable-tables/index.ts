/**
 * rehype plugin: wide tables and formulas that a phone can read.
 *
 * - Every Markdown table is keyboard-focusable: the theme lets wide tables scroll sideways on phones,
 *   and a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable").
 * - A lesson table of three or more columns gets the class `table-stack` and, on each body cell, its
 *   column's header as `data-label`: on a narrow screen src/css/custom.css draws each row as a card of
 *   "header: value" lines instead of a table wider than the screen. Module pages' lesson lists and
 *   two-column tables fit a phone and stay tables.
 * - Display math (KaTeX) is a focusable group named "Formula" in the page's language, so a formula wider
 *   than the screen can be scrolled by keyboard. The scroll cue itself is CSS (src/css/custom.css).
 */
import {basename} from 'node:path';
import {localeOfPath} from '../../src/lib/lesson-layout';

type Element = {type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Element[]};

export const STACK_MIN_COLUMNS = 3;
export const STACKED_TABLE_CLASS = 'table-stack';

const FORMULA_LABEL: Record<string, string> = {en: 'Formula', es: 'Fórmula', 'pt-BR': 'Fórmula'};

const childElements = (node: Element, tagName: string): Element[] => (node.children ?? []).filter((child) => child.tagName === tagName);
const textOf = (node: Element): string => node.value ?? (node.children ?? []).map(textOf).join('');
const classesOf = (node: Element): string[] => [node.properties?.className ?? []].flat().map(String);

/** Writes each body cell's column header into `data-label`; returns false for a table too narrow to stack. */
function labelCells(table: Element): boolean {
  const headerRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
  const headers = headerRow ? childElements(headerRow, 'th').map((th) => textOf(th).trim()) : [];
  if (headers.length < STACK_MIN_COLUMNS) return false;
  for (const row of childElements(table, 'tbody').flatMap((body) => childElements(body, 'tr'))) {
    (row.children ?? [])
      .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
      .forEach((cell, column) => {
        const label = headers[column];
        if (label) cell.properties = {...cell.properties, dataLabel: label};
      });
  }
  return true;
}

export default function rehypeScrollableTables() {
  return (tree: Element, file: {path?: string}): void => {
    const isModulePage = file.path !== undefined && /^index\.mdx?$/.test(basename(file.path));
    const formula = FORMULA_LABEL[file.path ? localeOfPath(file.path) : 'en'] ?? FORMULA_LABEL.en!;
    const visit = (node: Element): void => {
      if (node.type === 'element' && node.tagName === 'table') {
        const stacks = !isModulePage && labelCells(node);
        node.properties = {
          ...node.properties,
          ...(stacks && {className: [...classesOf(node), STACKED_TABLE_CLASS]}),
          tabIndex: 0,
        };
      }
      if (node.type === 'element' && classesOf(node).includes('katex-display')) {
        node.properties = {...node.properties, tabIndex: 0, role: 'group', ariaLabel: formula};
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
