import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import stagedBootPlugin, {addCompileHints, COMPILE_HINT, STAGED_ENTRY} from './index';

const require = createRequire(import.meta.url);
const stagedImports = [...readFileSync(STAGED_ENTRY, 'utf8').matchAll(/import\(\/\* webpackMode: "eager" \*\/ '([^']+)'\)/g)].map((match) => match[1]!);

describe('staged boot', () => {
  const plugin = stagedBootPlugin();
  const configure = (isServer: boolean) => plugin.configureWebpack!({}, isServer, {} as never, {} as LoadContext);

  it('replaces the browser entry and leaves the server bundle alone', () => {
    expect(configure(false)).toMatchObject({mergeStrategy: {entry: 'replace'}, entry: STAGED_ENTRY});
    expect(configure(true)).toEqual({});
  });

  it("splits the entry's JavaScript by package, and leaves CSS and the site's own code in main.js", () => {
    type Group = {test: (module: {resource?: string}) => boolean; priority: number; chunks: string};
    const groups = Object.entries((configure(false) as {optimization: {splitChunks: {cacheGroups: Record<string, Group>}}}).optimization.splitChunks.cacheGroups);
    // As the bundler does: of the groups whose test matches, the one with the highest priority wins.
    const fileOf = (resource: string) =>
      groups.filter(([, group]) => group.test({resource})).sort(([, a], [, b]) => b.priority - a.priority)[0]?.[0] ?? 'main';
    expect(fileOf('/site/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('entry-react-dom');
    expect(fileOf('/site/node_modules/scheduler/index.js')).toBe('entry-react-dom');
    expect(fileOf('/site/node_modules/@docusaurus/theme-classic/lib/theme/Layout/index.js')).toBe('entry-docusaurus');
    expect(fileOf('C:\\site\\node_modules\\react-router\\index.js')).toBe('entry-modules');
    expect(fileOf('/site/node_modules/infima/dist/css/default/default.css')).toBe('main');
    expect(fileOf('/site/src/components/Checklist/index.tsx')).toBe('main');
    expect(fileOf('/site/.docusaurus/routes.js')).toBe('main');
    expect(groups.every(([, group]) => group.chunks === 'initial')).toBe(true);
  });

  it("ends with the entry Docusaurus itself would use, so the app starts exactly as upstream's does", () => {
    const upstreamConfig = readFileSync(require.resolve('@docusaurus/core/lib/webpack/client.js'), 'utf8');
    expect(upstreamConfig, 'Docusaurus changed its client entry: update the last stage of plugins/staged-boot/entry.ts').toContain("'../client/clientEntry.js'");
    expect(stagedImports.at(-1)).toBe('@docusaurus/core/lib/client/clientEntry.js');
    expect(stagedImports.length).toBeGreaterThan(1);
  });

  it('imports only modules that exist', () => {
    for (const specifier of stagedImports.filter((s) => !s.startsWith('@generated/'))) expect(() => require.resolve(specifier), specifier).not.toThrow();
  });
});

describe('compile hints', () => {
  it('prepends the hint once to the entry bundles and leaves other chunks alone', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'staged-boot-'));
    const js = join(outDir, 'assets', 'js');
    mkdirSync(js, {recursive: true});
    for (const name of ['main.0a1b2c3d.js', 'runtime~main.4e5f6a7b.js', 'entry-react-dom.9c8d7e6f.js', '1df93b7f.d98be4da.js', 'widget-checklist.11aa22bb.js']) writeFileSync(join(js, name), `/* ${name} */`);

    expect((await addCompileHints(outDir)).sort()).toEqual(['entry-react-dom.9c8d7e6f.js', 'main.0a1b2c3d.js', 'runtime~main.4e5f6a7b.js']);
    expect(readFileSync(join(js, 'main.0a1b2c3d.js'), 'utf8')).toBe(`${COMPILE_HINT}/* main.0a1b2c3d.js */`);
    expect(readFileSync(join(js, '1df93b7f.d98be4da.js'), 'utf8')).toBe('/* 1df93b7f.d98be4da.js */');
    expect(await addCompileHints(outDir)).toEqual([]);
    expect(readFileSync(join(js, 'main.0a1b2c3d.js'), 'utf8')).toBe(`${COMPILE_HINT}/* main.0a1b2c3d.js */`);
  });
});
