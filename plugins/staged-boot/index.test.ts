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
    expect(configure(false)).toEqual({mergeStrategy: {entry: 'replace'}, entry: STAGED_ENTRY});
    expect(configure(true)).toEqual({});
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
    for (const name of ['main.0a1b2c3d.js', 'runtime~main.4e5f6a7b.js', '1df93b7f.d98be4da.js', 'widget-checklist.11aa22bb.js']) writeFileSync(join(js, name), `/* ${name} */`);

    expect((await addCompileHints(outDir)).sort()).toEqual(['main.0a1b2c3d.js', 'runtime~main.4e5f6a7b.js']);
    expect(readFileSync(join(js, 'main.0a1b2c3d.js'), 'utf8')).toBe(`${COMPILE_HINT}/* main.0a1b2c3d.js */`);
    expect(readFileSync(join(js, '1df93b7f.d98be4da.js'), 'utf8')).toBe('/* 1df93b7f.d98be4da.js */');
    expect(await addCompileHints(outDir)).toEqual([]);
    expect(readFileSync(join(js, 'main.0a1b2c3d.js'), 'utf8')).toBe(`${COMPILE_HINT}/* main.0a1b2c3d.js */`);
  });
});
