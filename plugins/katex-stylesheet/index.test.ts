import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import remarkKatexStylesheet, {PRELOADED_FONTS, katexStaticDirectory, referencedFonts, woff2Only} from '.';

const HREF = '/katex/katex.min.css?v=test';

/** The page's Markdown after the plugin, written back out as MDX. */
async function transform(markdown: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkKatexStylesheet, {href: HREF}).use(remarkStringify).process(markdown);
  return String(file);
}

const STYLESHEET_HEAD = new RegExp(
  [
    '<Head>',
    '<link rel="stylesheet" href="/katex/katex\\.min\\.css\\?v=test" />',
    '<link rel="preload" href="/katex/fonts/KaTeX_Main-Regular\\.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />',
    '<link rel="preload" href="/katex/fonts/KaTeX_Math-Italic\\.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />',
    '</Head>\\s*$',
  ].join('\\s*'),
);

describe('remarkKatexStylesheet', () => {
  it('links the stylesheet from a page with block math', async () => {
    expect(await transform('Availability:\n\n$$\nA = 0.999\n$$\n')).toMatch(STYLESHEET_HEAD);
  });

  it('links the stylesheet from a page with inline math only', async () => {
    expect(await transform('A budget of $43.2$ minutes.')).toMatch(STYLESHEET_HEAD);
  });

  it('leaves a page without math alone', async () => {
    expect(await transform('# Title\n\nNo math, 5 dollars and 10 dollars.')).not.toContain('Head');
  });
});

describe('KaTeX static files', () => {
  it('keeps only WOFF2 sources in each @font-face', () => {
    const css = '@font-face{font-family:A;src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
    expect(woff2Only(css)).toBe('@font-face{font-family:A;src:url(fonts/A.woff2) format("woff2")}');
  });

  it('copies the stylesheet, every font it refers to, and the preloaded fonts among them', () => {
    const siteDir = mkdtempSync(join(tmpdir(), 'katex-'));
    const root = katexStaticDirectory(siteDir);
    const css = readFileSync(join(root, 'katex', 'katex.min.css'), 'utf8');
    const fonts = referencedFonts(css);
    expect(fonts.length).toBeGreaterThan(10);
    expect(fonts.every((font) => font.endsWith('.woff2'))).toBe(true);
    expect(fonts.filter((font) => !existsSync(join(root, 'katex', font)))).toEqual([]);
    expect(PRELOADED_FONTS.filter((font) => !fonts.includes(`fonts/${font}`))).toEqual([]);
  });

  it('lets no KaTeX font swap in late: every @font-face is font-display optional', () => {
    const css = readFileSync(join(katexStaticDirectory(mkdtempSync(join(tmpdir(), 'katex-'))), 'katex', 'katex.min.css'), 'utf8');
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(10);
    expect(faces.filter((face) => !face.includes('font-display:optional'))).toEqual([]);
  });
});
