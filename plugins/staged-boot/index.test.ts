import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import stagedBootPlugin, {STAGED_ENTRY} from './index';

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
