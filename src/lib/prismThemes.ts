/**
 * Code colours. The stock github and dracula themes fail WCAG AA for comments, numbers and keywords
 * (2.6:1 to 4.3:1); these keep their look with darker (light mode) or lighter (dark mode) tokens.
 * `prismThemes.test.ts` checks every token colour against the background.
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

/** `rgb(98, 114, 164)` or `#6272A4` → `#6272a4` */
export function toHex(colour: string): string {
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!rgb) return colour.slice(0, 7).toLowerCase();
  return `#${rgb.slice(1).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

/** Swaps the given colours and drops `opacity` (github fades namespaces to 0.7, below AA). */
const recolour = (theme: PrismTheme, colours: Record<string, string>): PrismTheme => ({
  ...theme,
  styles: theme.styles.map(({types, style: {opacity: _faded, ...style}}) => {
    const replacement = style.color && colours[toHex(style.color)];
    return {types, style: replacement ? {...style, color: replacement} : style};
  }),
});

export const lightCodeTheme = recolour(themes.github, {
  '#999988': '#5f6368', // comments
  '#e3116c': '#b80d57', // strings
  '#36acaa': '#0a7472', // numbers, booleans, properties
  '#00a4db': '#006d94', // keywords
  '#d73a49': '#b31d28', // deleted lines in diffs
});

export const darkCodeTheme = recolour(themes.dracula, {
  '#6272a4': '#95a1cf', // comments
});
