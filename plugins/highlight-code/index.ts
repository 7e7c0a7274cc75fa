/**
 * Code highlighted when the site is built, not in the reader's browser.
 *
 * The theme's code block tokenises every block with Prism on the server and again while the page
 * hydrates, and registers Prism and its languages in the JavaScript of every page, code or not. On a
 * mid-range phone that registration alone blocked the main thread for about 0.3 s (CPU profile at 4x
 * slowdown). Instead:
 * - `rehypeHighlightCode` turns each fenced block into Prism's token `<span>`s, handed to the page's
 *   CodeBlock as HTML that React does not hydrate span by span;
 * - `codeTokenStylesheet()` writes the token colours of both code themes (src/lib/prismThemes.ts) as
 *   CSS, for `customCss`: a dark-mode reader gets dark tokens from the first paint;
 * - `clientPrismRemoval` keeps the theme's Prism language loader out of the client bundle.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';
import type {PrismTheme} from 'prism-react-renderer';
import type {VFile} from 'vfile';
import type {Position} from 'unist';

const require = createRequire(import.meta.url);

type PrismToken = {type: string; alias?: string | string[]; content: PrismContent};
type PrismContent = string | PrismToken | (string | PrismToken)[];
type PrismApi = {languages: Record<string, unknown>; tokenize: (code: string, grammar: unknown) => (string | PrismToken)[]};

const Prism = require('prismjs') as PrismApi;
const loadLanguages = require('prismjs/components/index.js') as ((languages: string[]) => void) & {silent: boolean};
loadLanguages.silent = true;

/** Languages shown as plain text: they have no grammar worth colouring. */
const PLAIN = new Set(['text', 'txt', 'plain', '']);

type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  data?: {meta?: string | null};
  position?: Position;
};

/** Prism's grammar for a fence's language, loading it on first use; undefined when Prism has none. */
export function grammarFor(language: string): unknown {
  if (!Prism.languages[language]) loadLanguages([language]);
  return Prism.languages[language];
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prism's tokens as HTML: a `<span class="token …">` per token, text escaped. */
export const tokensToHtml = (content: PrismContent): string =>
  (Array.isArray(content) ? content : [content])
    .map((token) =>
      typeof token === 'string'
        ? escapeHtml(token)
        : `<span class="${['token', token.type, ...[token.alias ?? []].flat()].join(' ')}">${tokensToHtml(token.content)}</span>`,
    )
    .join('');

/** `title="Program.cs"` → {title: 'Program.cs'}; anything else in a fence's meta is an error. */
export function parseMeta(meta: string | null | undefined): {title?: string; unknown?: string} {
  const rest = (meta ?? '').replace(/title="([^"]*)"/, '').trim();
  const title = /title="([^"]*)"/.exec(meta ?? '')?.[1];
  return {...(title !== undefined && {title}), ...(rest && {unknown: rest})};
}

const textOf = (node: HastNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/**
 * rehype plugin: a fenced block becomes `<pre data-language data-title data-html>`, where `data-html` is
 * the highlighted code. The page's CodeBlock sets it as the inner HTML of its `<code>`, so the hundreds of
 * token spans of a code-heavy lesson are plain HTML that React neither creates nor walks while
 * hydrating. A language Prism does not know, or a fence option other than `title`, fails the build with
 * the file and line, so a typo never ships as silently uncoloured code.
 */
export default function rehypeHighlightCode() {
  return (tree: HastNode, file: VFile): void => {
    const visit = (node: HastNode): void => {
      const code = node.tagName === 'pre' ? node.children?.find((child) => child.tagName === 'code') : undefined;
      if (!code) {
        node.children?.forEach(visit);
        return;
      }
      const classes = (code.properties?.className as string[] | undefined) ?? [];
      const language = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? '';
      const {title, unknown} = parseMeta(code.data?.meta);
      if (unknown) {
        file.fail(`Code block option "${unknown}" is not supported. A fence takes a language and, optionally, title="file name".`, code.position ?? node.position);
      }
      const source = textOf(code).replace(/\n$/, '');
      let html = escapeHtml(source);
      if (!PLAIN.has(language)) {
        const grammar = grammarFor(language);
        if (!grammar) {
          file.fail(`Unknown code language "${language}". Use a Prism language name (ts, go, sql, http, …) or "text".`, code.position ?? node.position);
        }
        html = tokensToHtml(Prism.tokenize(source, grammar));
      }
      node.properties = {...(language && {dataLanguage: language}), ...(title !== undefined && {dataTitle: title}), dataHtml: html};
      node.children = [];
    };
    visit(tree);
  };
}

/** CSS for Prism's token classes in both colour modes, from the theme objects the contrast test checks. */
export function tokenCss(light: PrismTheme, dark: PrismTheme): string {
  const rules = (theme: PrismTheme, scope: string): string[] => [
    `${scope} {--lbp-code-background: ${theme.plain.backgroundColor}; --lbp-code-color: ${theme.plain.color};}`,
    ...theme.styles.map(({types, style}) => {
      const declarations = Object.entries(style)
        .map(([property, value]) => `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${String(value)};`)
        .join(' ');
      return `${types.map((type) => `${scope} .token.${type}`).join(', ')} {${declarations}}`;
    }),
  ];
  // The light rules stop at dark mode, so a token type only the light theme styles never leaks into it.
  return [...rules(light, ":root:not([data-theme='dark'])"), ...rules(dark, "[data-theme='dark']")].join('\n') + '\n';
}

/** Writes the token stylesheet under node_modules/.cache and returns its path, for `customCss`. */
export function codeTokenStylesheet(siteDir: string, light: PrismTheme, dark: PrismTheme): string {
  const folder = join(siteDir, 'node_modules', '.cache', 'latam-backend-path', 'code-tokens');
  mkdirSync(folder, {recursive: true});
  const file = join(folder, 'code-tokens.css');
  writeFileSync(file, tokenCss(light, dark));
  return file;
}

const CLIENT_PRISM_LOADER = /theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/** Docusaurus plugin: swaps the theme's client-side Prism language loader for an empty module. */
export function clientPrismRemoval(context: LoadContext): Plugin {
  return {
    name: 'client-prism-removal',
    configureWebpack(_config, _isServer, utils) {
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, replacement: string) => WebpackPluginInstance;
      };
      return {plugins: [new NormalModuleReplacementPlugin(CLIENT_PRISM_LOADER, join(context.siteDir, 'plugins', 'highlight-code', 'no-client-prism.ts'))]};
    },
  };
}
