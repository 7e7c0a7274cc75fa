import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkTranslationNotice from './index';
import {sourceHash, stampTranslation} from '../../src/lib/translations';
import {checkTranslations} from '../../scripts/translations';

let root: string;
afterEach(() => rmSync(root, {recursive: true, force: true}));

const write = (path: string, content: string) => {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), content);
};
const english = '---\ntitle: API design\n---\n\nEnglish body.\n';
const spanish = '---\ntitle: Diseño de APIs\n---\n\nCuerpo.\n';
const translated = (version: string) => `i18n/es/docusaurus-plugin-content-docs/${version}/02-the-role/02-api-design.mdx`;

async function render(version: string): Promise<string> {
  const path = join(root, translated(version));
  const {readFileSync} = await import('node:fs');
  return String(
    await compile(
      {value: readFileSync(path, 'utf8'), path},
      {remarkPlugins: [remarkFrontmatter, [remarkTranslationNotice, {baseUrl: '/', latestEdition: '2026'}]], jsx: true},
    ),
  );
}

describe('translation notice and freshness check', () => {
  it('shows nothing on a fresh translation', async () => {
    root = mkdtempSync(join(tmpdir(), 'site-'));
    write('docs/02-the-role/02-api-design.mdx', english);
    write(translated('current'), stampTranslation(spanish, sourceHash(english)));
    expect(await render('current')).not.toContain('translation-notice');
  });

  it('warns readers of a stale page, in Spanish, with a link to the English page', async () => {
    root = mkdtempSync(join(tmpdir(), 'site-'));
    write('docs/02-the-role/02-api-design.mdx', english.replace('English body.', 'A rewritten English body.'));
    write(translated('current'), stampTranslation(spanish, sourceHash(english)));
    const out = await render('current');
    expect(out).toContain('className="alert alert--warning translation-notice"');
    expect(out).toContain('Esta traducción puede estar desactualizada');
    expect(out).toContain('href="pathname:///docs/next/the-role/api-design/"');
  });

  it('fails on a missing translation anywhere and a stale one in a released edition; only reports a stale one in Next', () => {
    root = mkdtempSync(join(tmpdir(), 'site-'));
    write('docs/02-the-role/02-api-design.mdx', english.replace('English body.', 'Changed.'));
    write('versioned_docs/version-2026/02-the-role/02-api-design.mdx', english.replace('English body.', 'Changed.'));
    for (const version of ['current', 'version-2026']) write(translated(version), stampTranslation(spanish, sourceHash(english)));
    const findings = checkTranslations(root);
    const byFile = (path: string) => findings.filter((f) => f.file === path);
    expect(byFile(translated('current'))).toEqual([expect.objectContaining({kind: 'stale', fails: false})]);
    expect(byFile(translated('version-2026'))).toEqual([expect.objectContaining({kind: 'stale', fails: true})]);
    const missing = findings.filter((f) => f.kind === 'missing');
    expect(byFile('i18n/pt-BR/docusaurus-plugin-content-docs/current/02-the-role/02-api-design.mdx')).toEqual([
      expect.objectContaining({kind: 'missing', fails: true}),
    ]);
    expect(byFile('i18n/pt-BR/docusaurus-plugin-content-docs/version-2026/02-the-role/02-api-design.mdx')).toEqual([
      expect.objectContaining({kind: 'missing', fails: true}),
    ]);
    expect(missing[0]!.message).toMatch(/missing pt-BR translation of (docs|versioned_docs\/version-2026)\/02-the-role\/02-api-design\.mdx\. Translate it/);
  });
});
