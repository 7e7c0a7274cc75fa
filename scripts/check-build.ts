/**
 * Checks on the built site (run after `npm run build`):
 * - every published URL in src/data/publishedUrls.json still resolves (a page, or a redirect page);
 * - every generated syllabus (`curriculum/<edition>.json`, each locale) is valid against its schema;
 * - the blog feeds of each locale are valid RSS 2.0 and Atom;
 * - each page type shares its own social card (home, a lesson, a module overview, a blog post);
 * - no client bundle carries Prism (code is highlighted at build time: plugins/highlight-code);
 * - no page shows a version placeholder (plugins/remark-versions) that the Markdown parser split apart.
 * Usage: tsx scripts/check-build.ts [build-dir]
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {ROOT} from './content-files';
import {atomProblems, rssProblems} from '../src/lib/feeds';
import {SOCIAL_CARDS, type SocialCardKind} from '../src/lib/socialCards';

/** One page of each type, and the card its `og:image` must show. */
export const SOCIAL_CARD_PAGES: {path: string; card: SocialCardKind}[] = [
  {path: 'index.html', card: 'site'},
  {path: 'docs/the-role/api-design/index.html', card: 'lesson'},
  {path: 'docs/stacks/index.html', card: 'module'},
  {path: 'blog/2026/11/28/edition-2026-release-notes/index.html', card: 'blog'},
];

export function socialCardProblems(buildDir: string): string[] {
  return SOCIAL_CARD_PAGES.flatMap(({path, card}) => {
    const file = join(buildDir, path);
    if (!existsSync(file)) return [`${file}: missing (update SOCIAL_CARD_PAGES in scripts/check-build.ts if the page moved)`];
    const image = /<meta[^>]*property="?og:image"?[^>]*content="?([^"\s>]+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '(none)';
    return image.endsWith(`/${SOCIAL_CARDS[card].file}`) ? [] : [`${file}: og:image is ${image}, expected the ${card} card ${SOCIAL_CARDS[card].file}`];
  });
}

/** Prism's core defines `languages.DFS`; a bundle with it means some client code imports Prism again. */
export function clientPrismProblems(buildDir: string): string[] {
  const folder = join(buildDir, 'assets', 'js');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.js') && /\bDFS:function\b/.test(readFileSync(join(folder, file), 'utf8')))
    .map(
      (file) =>
        `${join(folder, file)}: this bundle contains Prism. Code is highlighted at build time (plugins/highlight-code); find the client import of prism-react-renderer, prismjs or @theme/CodeBlock and remove it.`,
    );
}

/** `%version/…%` or `%release/…%` left in a page, also when React split it into several text nodes. */
const UNRESOLVED_PLACEHOLDER = /%(?:version|release)(?:<!-- -->)?[/:][^%<\s]*(?:<!-- -->[^%<\s]*)*%?/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

export function placeholderProblems(buildDir: string): string[] {
  return htmlFiles(join(buildDir)).flatMap((file) => {
    const found = UNRESOLVED_PLACEHOLDER.exec(readFileSync(file, 'utf8'));
    return found
      ? [`${file}: shows the version placeholder "${found[0]}" unresolved. Something in the Markdown split it before plugins/remark-versions ran; write it as src/lib/versions.ts describes.`]
      : [];
  });
}

export function feedProblems(buildDir: string): string[] {
  const dirs = ['', ...readdirSync(buildDir).filter((name) => existsSync(join(buildDir, name, 'blog', 'rss.xml')))];
  return dirs.flatMap((dir) => {
    const blog = join(buildDir, dir, 'blog');
    if (!existsSync(join(blog, 'rss.xml')) || !existsSync(join(blog, 'atom.xml'))) return [`${blog}: rss.xml or atom.xml is missing`];
    return [
      ...rssProblems(readFileSync(join(blog, 'rss.xml'), 'utf8')).map((p) => `${join(blog, 'rss.xml')}: ${p}`),
      ...atomProblems(readFileSync(join(blog, 'atom.xml'), 'utf8')).map((p) => `${join(blog, 'atom.xml')}: ${p}`),
    ];
  });
}

export function missingUrls(buildDir: string, urls: string[]): string[] {
  return urls.filter((url) => {
    const path = new URL(url, 'https://x').pathname;
    return !existsSync(join(buildDir, path, 'index.html')) && !existsSync(join(buildDir, path));
  });
}

export function curriculumFiles(buildDir: string): string[] {
  const dirs = [join(buildDir, 'curriculum')];
  for (const name of readdirSync(buildDir)) {
    const localized = join(buildDir, name, 'curriculum');
    if (existsSync(localized)) dirs.push(localized);
  }
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json').map((f) => join(dir, f)));
}

export function validateCurricula(files: string[], schema: object): string[] {
  const validate = new Ajv2020({allErrors: true}).compile(schema);
  return files.flatMap((file) => {
    if (validate(JSON.parse(readFileSync(file, 'utf8')))) return [];
    return (validate.errors ?? []).map((e) => `${file}: ${e.instancePath || '/'} ${e.message}`);
  });
}

function main(): void {
  const buildDir = process.argv[2] ?? join(ROOT, 'build');
  const registry = JSON.parse(readFileSync(join(ROOT, 'src/data/publishedUrls.json'), 'utf8')) as {urls: string[]};
  const missing = missingUrls(buildDir, registry.urls);
  const schema = JSON.parse(readFileSync(join(ROOT, 'static/curriculum/schema.json'), 'utf8')) as object;
  const files = curriculumFiles(buildDir);
  const invalid = [...validateCurricula(files, schema), ...feedProblems(buildDir), ...socialCardProblems(buildDir), ...clientPrismProblems(buildDir), ...placeholderProblems(buildDir)];
  for (const url of missing) {
    console.error(
      `src/data/publishedUrls.json: ${url} no longer resolves in the build. Bootcamps link to it: restore the page, or add a redirect from it in docusaurus.config.ts (plugin-client-redirects) as RELEASING.md explains.`,
    );
  }
  for (const problem of invalid) console.error(problem);
  if (files.length === 0) console.error('no curriculum/*.json in the build: is the curriculum plugin enabled?');
  if (missing.length || invalid.length || files.length === 0) process.exit(1);
  console.log(
    `build check: ${registry.urls.length} published URLs resolve; ${files.length} syllabus files match the schema; blog feeds are valid RSS 2.0 and Atom; each page type has its social card; no bundle carries Prism; no page shows a version placeholder`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
