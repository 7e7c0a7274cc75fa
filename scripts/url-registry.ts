/**
 * The registry of published URLs (src/data/publishedUrls.json): every address of a released edition,
 * in every locale, that a bootcamp may have linked to. `npm test` fails when one stops resolving.
 * Refresh it after releasing an edition (RELEASING.md):  npm run build && npm run urls:update
 * URLs are only ever added here; removing one is a deliberate, reviewed edit.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './content-files';

const REGISTRY = join(ROOT, 'src/data/publishedUrls.json');

/** Paths of released-edition docs in one sitemap: under /docs/, not the working copy (/docs/next/). */
export function publishedPaths(sitemapXml: string): string[] {
  return [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]!).pathname)
    .filter((path) => /\/docs\//.test(path) && !/\/docs\/next\//.test(path));
}

function sitemaps(buildDir: string): string[] {
  const found = [join(buildDir, 'sitemap.xml')];
  for (const name of readdirSync(buildDir)) {
    const localized = join(buildDir, name, 'sitemap.xml');
    if (existsSync(localized)) found.push(localized);
  }
  return found.filter((file) => existsSync(file));
}

function main(): void {
  const buildDir = join(ROOT, 'build');
  const current = JSON.parse(readFileSync(REGISTRY, 'utf8')) as {urls: string[]};
  const paths = sitemaps(buildDir).flatMap((file) => publishedPaths(readFileSync(file, 'utf8')));
  const urls = [...new Set([...current.urls, ...paths])].sort();
  writeFileSync(REGISTRY, `${JSON.stringify({urls}, null, 2)}\n`);
  console.log(`published URL registry: ${urls.length} URLs (${urls.length - current.urls.length} new)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
