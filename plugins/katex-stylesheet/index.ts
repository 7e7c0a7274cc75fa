/**
 * KaTeX's stylesheet only on pages that show math.
 *
 * Bundled into the site's stylesheet, KaTeX's CSS and the small fonts inlined into it weighed about
 * 100 KB (gzip) of render-blocking CSS on every page, the home page included. Instead:
 * - `katexStaticDirectory()` copies KaTeX's stylesheet and its WOFF2 fonts from node_modules into a
 *   generated static directory, served by the site itself at `<baseUrl>katex/` (dev server and build);
 * - `remarkKatexStylesheet` adds a `<head>` link to that stylesheet to each Markdown page that has math
 *   (the `math` and `inlineMath` nodes of remark-math), and to no other page.
 */
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

/** KaTeX's own stylesheet, reduced to WOFF2 fonts (every browser the site supports reads WOFF2). */
export function woff2Only(css: string): string {
  return css.replace(/src:([^;}]+)/g, (declaration, sources: string) => {
    const woff2 = sources.split(',').filter((source) => /format\(["']?woff2["']?\)/.test(source));
    return woff2.length ? `src:${woff2.join(',')}` : declaration;
  });
}

/**
 * KaTeX asks for `font-display: block`: formulas laid out in a fallback font move when the real one
 * arrives, a layout shift. With `optional` the browser uses a font only if it is there within about
 * 100 ms (the two preloaded ones usually are) and otherwise keeps the fallback for that page view; the
 * font is cached for the next page.
 */
export const optionalFontDisplay = (css: string): string => css.replace(/font-display:\s*block/g, 'font-display:optional');

/** Font files a stylesheet refers to, relative to it. */
export const referencedFonts = (css: string): string[] => [...new Set([...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/["']/g, '')))];

export function katexVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('katex/package.json'), 'utf8')) as {version: string}).version;
}

/**
 * Writes `katex/katex.min.css` and `katex/fonts/*.woff2` into a directory under node_modules/.cache and
 * returns it, for `staticDirectories`. Rewritten on each start, so a KaTeX upgrade is picked up.
 */
export function katexStaticDirectory(siteDir: string): string {
  const dist = dirname(require.resolve('katex/dist/katex.min.css'));
  const root = join(siteDir, 'node_modules', '.cache', 'latam-backend-path', 'katex-static');
  const target = join(root, 'katex');
  rmSync(root, {recursive: true, force: true});
  mkdirSync(join(target, 'fonts'), {recursive: true});
  const css = optionalFontDisplay(woff2Only(readFileSync(join(dist, 'katex.min.css'), 'utf8')));
  writeFileSync(join(target, 'katex.min.css'), css);
  for (const font of referencedFonts(css)) copyFileSync(join(dist, font), join(target, font));
  return root;
}

type Node = {type: string; children?: Node[]; [key: string]: unknown};

const hasMath = (node: Node): boolean => node.type === 'math' || node.type === 'inlineMath' || (node.children ?? []).some(hasMath);

/**
 * The two fonts nearly every formula uses. Fetched with the stylesheet instead of after the first
 * layout, so formulas do not shift the page when their font arrives (layout shift budget: zero).
 */
export const PRELOADED_FONTS = ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2'];

/**
 * remark plugin (after remark-math): a page with math gets, through the theme's `Head` component (in
 * every page's MDX components), a link to KaTeX's stylesheet and preloads of its two main fonts.
 */
export default function remarkKatexStylesheet({href}: {href: string}) {
  return (tree: Node): void => {
    if (!hasMath(tree)) return;
    const element = (attributes: Record<string, string>) => ({
      type: 'mdxJsxFlowElement',
      name: 'link',
      attributes: Object.entries(attributes).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
      children: [],
    });
    const fontsFolder = href.replace(/katex\.min\.css.*$/, 'fonts/');
    const links = [
      element({rel: 'stylesheet', href}),
      ...PRELOADED_FONTS.map((font) => element({rel: 'preload', href: `${fontsFolder}${font}`, as: 'font', type: 'font/woff2', crossOrigin: 'anonymous'})),
    ];
    tree.children = [...(tree.children ?? []), {type: 'mdxJsxFlowElement', name: 'Head', attributes: [], children: links}];
  };
}

/** Where pages link KaTeX's stylesheet; the version in the query makes an upgrade reach cached readers. */
export const katexStylesheetHref = (baseUrl: string): string => `${baseUrl}katex/katex.min.css?v=${katexVersion()}`;
