/**
 * Checks the built site as a browser and a crawler see it, every locale:
 * - the HTML of every page is valid (html-validate, standard conformance rules);
 * - every internal link and anchor resolves to a built page and an element id on it.
 * Run after `npm run build`:  tsx scripts/check-site.ts   (CI runs it; exit 1 on any problem)
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {HtmlValidate} from 'html-validate';
import {ROOT} from './content-files';

const BUILD = join(ROOT, 'build');

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** Client-redirect pages (plugin-client-redirects) are a meta refresh, not content pages. */
const isRedirect = (html: string) => /http-equiv=["']?refresh/i.test(html);

export const htmlValidateConfig = {
  extends: ['html-validate:standard'],
  rules: {
    // The build's HTML minifier omits optional end tags (</p>, </li>, </body>), which HTML allows but
    // html-validate's parser does not model; these three rules misread such pages.
    'close-order': 'off',
    'element-permitted-content': 'off',
    'element-permitted-parent': 'off',
    // A raw ">" and "&name" without ";" in text are valid HTML, and the minifier writes them unescaped
    // (html-validate flags ">" even in relaxed mode).
    'no-raw-characters': 'off',
    'unrecognized-char-ref': 'off',
  },
} as const;

const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!));

/** The built file a site path maps to, or null. */
function target(path: string): string | null {
  const clean = decodeURIComponent(path);
  // As static hosts resolve them: the file, the folder's index.html, or "<path>.html" (/404/ → /404.html).
  for (const candidate of [join(BUILD, clean), join(BUILD, clean, 'index.html'), join(BUILD, `${clean.replace(/\/$/, '')}.html`)]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a directory
      }
    }
  }
  return null;
}

export function brokenLinks(file: string, html: string): string[] {
  const problems: string[] = [];
  const pagePath = `/${relative(BUILD, file).replace(/index\.html$/, '')}`;
  for (const match of html.matchAll(/<a\s[^>]*?href=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const href = (match[1] ?? match[2] ?? match[3]!).replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|javascript:|blob:)/.test(href)) continue;
    const url = new URL(href, `http://site${pagePath}`);
    const file = target(url.pathname);
    if (!file) {
      problems.push(`links to ${url.pathname}, which is not in the build`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html') && !ids(readFileSync(file, 'utf8')).has(anchor)) {
      problems.push(`links to ${url.pathname}#${anchor}, but that page has no element with id "${anchor}"`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const files = htmlFiles(BUILD);
  const validator = new HtmlValidate(htmlValidateConfig as never);
  const problems: string[] = [];
  let pages = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    if (isRedirect(html)) continue;
    pages++;
    const report = await validator.validateString(html, relative(ROOT, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(ROOT, file)}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    for (const link of brokenLinks(file, html)) problems.push(`${relative(ROOT, file)}: ${link}`);
  }
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s) in ${pages} pages.`);
    process.exit(1);
  }
  console.log(`site check: ${pages} pages (all locales) have valid HTML and no broken internal links or anchors`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
