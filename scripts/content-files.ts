/**
 * Where lessons live: the working copy (`docs/`), released editions (`versioned_docs/version-*`) and
 * translations (`i18n/<locale>/docusaurus-plugin-content-docs/<version>`). Each is a separate tree:
 * ids are unique within a tree and shared between trees.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

export type ContentTree = {name: string; dir: string; kind: 'current' | 'edition' | 'translation'};

export const ROOT = join(import.meta.dirname, '..');

export function contentTrees(root = ROOT): ContentTree[] {
  const trees: ContentTree[] = [{name: 'docs', dir: join(root, 'docs'), kind: 'current'}];
  const versioned = join(root, 'versioned_docs');
  if (existsSync(versioned)) {
    for (const name of readdirSync(versioned).sort()) {
      trees.push({name: `versioned_docs/${name}`, dir: join(versioned, name), kind: 'edition'});
    }
  }
  const i18n = join(root, 'i18n');
  if (existsSync(i18n)) {
    for (const locale of readdirSync(i18n).sort()) {
      const docsDir = join(i18n, locale, 'docusaurus-plugin-content-docs');
      if (!existsSync(docsDir)) continue;
      for (const version of readdirSync(docsDir).sort()) {
        const dir = join(docsDir, version);
        if (statSync(dir).isDirectory()) trees.push({name: `i18n/${locale}/${version}`, dir, kind: 'translation'});
      }
    }
  }
  return trees.filter((tree) => existsSync(tree.dir));
}

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.mdx?$/.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort()
    .map((name) => join(dir, name));
}

export const display = (path: string, root = ROOT): string => relative(root, path);
