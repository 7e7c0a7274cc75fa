/**
 * Translation freshness: each translated page records, in `translation_of`, a hash of the English file it
 * translates. When the English file changes, the hash no longer matches and the translation is stale.
 */
import {createHash} from 'node:crypto';

export const TRANSLATED_LOCALES = ['es', 'pt-BR'] as const;

export function sourceHash(englishSource: string): string {
  return createHash('sha256').update(englishSource.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** The `translation_of` value in a translated file's frontmatter, or null. */
export function recordedHash(translatedSource: string): string | null {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(translatedSource)?.[1] ?? '';
  return /^translation_of:\s*["']?([0-9a-f]{6,64})["']?\s*$/m.exec(frontMatter)?.[1] ?? null;
}

/** Writes (or replaces) `translation_of` at the end of the frontmatter. */
export function stampTranslation(translatedSource: string, hash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(translatedSource);
  if (!match) return `---\ntranslation_of: ${hash}\n---\n\n${translatedSource}`;
  const lines = match[1]!.split('\n').filter((line) => !line.startsWith('translation_of:'));
  return `---\n${[...lines, `translation_of: ${hash}`].join('\n')}\n---${translatedSource.slice(match[0].length)}`;
}

/**
 * Where the English source of a translated docs file lives, and its English URL path.
 * `i18n/es/docusaurus-plugin-content-docs/version-2026/02-the-role/02-api-design.mdx`
 *   → `versioned_docs/version-2026/02-the-role/02-api-design.mdx`, `docs/the-role/api-design/`
 */
export function englishCounterpart(
  translatedPath: string,
  latestEdition: string | undefined,
): {locale: string; source: string; urlPath: string} | null {
  const match = /(?:^|\/)i18n\/([^/]+)\/docusaurus-plugin-content-docs\/([^/]+)\/(.+\.mdx?)$/.exec(translatedPath.replace(/\\/g, '/'));
  if (!match) return null;
  const [, locale, version, rel] = match as unknown as [string, string, string, string];
  const source = version === 'current' ? `docs/${rel}` : `versioned_docs/${version}/${rel}`;
  const edition = version === 'current' ? 'next' : version.replace(/^version-/, '');
  const slug = rel
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((part) => part.replace(/^\d+-/, ''))
    .filter((part, i, all) => !(part === 'index' && i === all.length - 1))
    .join('/');
  const prefix = edition === latestEdition ? 'docs/' : `docs/${edition}/`;
  return {locale, source, urlPath: `${prefix}${slug}${slug ? '/' : ''}`};
}
