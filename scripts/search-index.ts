/**
 * The site's search index, written after the Docusaurus build (`npm run build` runs it): one Pagefind
 * index in build/pagefind/ for every locale and edition. Pagefind splits it by each page's `<html lang>`
 * and into small chunks, so a query downloads only the chunks of its words in the reader's language.
 *
 * Only what a page marks with `data-pagefind-body` is indexed: a lesson's or module's text
 * (src/theme/DocItem/Content), which also names its edition as the `edition` filter. Pages without it
 * (home, blog, progress, navigation, footers) are skipped by Pagefind itself. Printable modules repeat
 * their lessons word for word and are skipped here.
 *
 * Usage: tsx scripts/search-index.ts [build directory]. Exits 1 with a message if the build is missing
 * or Pagefind reports an error.
 */
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join, sep} from 'node:path';
import {performance} from 'node:perf_hooks';
import {ROOT} from './content-files';

/** Where the index is written, relative to the build directory; the browser loads it from the same place. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Inside a lesson, what the index leaves out: code blocks with their copy button and formulas (long, and
 * matched by words out of context), heading anchor links, the notice each translation starts with, and
 * tables and the self-check answers in `<details>` (answers restate the lesson; tables are figures more
 * than prose). Each result a query shows downloads its page's whole indexed text, so what is left out
 * here is what keeps a first query within its budget (bench/budgets.json `search`).
 */
export const EXCLUDED_SELECTORS = ['.code-block', 'pre', '.katex', '.hash-link', '.translation-notice', 'table', 'details'];

/** Files Pagefind writes for its ready-made interfaces, which the site does not use (it has its own). */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\b/;

/** The address of a built page from its path in the build directory: `es/docs/x/index.html` -> `/es/docs/x/`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  return `/${path.replace(/(?:^|\/)index\.html$/, '/').replace(/^\/+/, '')}`.replace(/\/+/g, '/');
}

/** Pages offered to Pagefind: every built HTML page but the printable modules and the Pagefind bundle. */
export function isCandidatePage(relativePath: string): boolean {
  const parts = relativePath.split(sep);
  return relativePath.endsWith('.html') && parts[0] !== BUNDLE_DIR && !parts.includes('print');
}

/** Pages indexed per language, as Pagefind's entry file records them. */
export type IndexedPages = Record<string, number>;

export async function buildSearchIndex(buildDir: string): Promise<IndexedPages> {
  const pagefind = await import('pagefind');
  const {index, errors} = await pagefind.createIndex({excludeSelectors: EXCLUDED_SELECTORS});
  if (!index) throw new Error(errors.join('\n'));
  try {
    const files = readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter(isCandidatePage).sort();
    for (const file of files) {
      const added = await index.addHTMLFile({url: pageUrl(file), content: readFileSync(join(buildDir, file), 'utf8')});
      if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
    }
    const outputPath = join(buildDir, BUNDLE_DIR);
    rmSync(outputPath, {recursive: true, force: true});
    const written = await index.writeFiles({outputPath});
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    for (const name of readdirSync(outputPath)) {
      if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(outputPath, name));
    }
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
    return Object.fromEntries(Object.entries(entry.languages).map(([language, {page_count}]) => [language, page_count]));
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  const buildDir = process.argv[2] ?? join(ROOT, 'build');
  if (!existsSync(join(buildDir, 'index.html'))) {
    console.error(`search index: no built site in ${buildDir}; run docusaurus build first.`);
    process.exit(1);
  }
  console.log('[search] Indexing the built site with Pagefind');
  const start = performance.now();
  try {
    const pages = await buildSearchIndex(buildDir);
    if (Object.keys(pages).length === 0) throw new Error('no page has data-pagefind-body: nothing was indexed.');
    const counts = Object.entries(pages).map(([language, count]) => `${language} ${count}`).join(', ');
    console.log(`[search] Pages indexed: ${counts}, in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`search index: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
