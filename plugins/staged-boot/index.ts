/**
 * Docusaurus plugin for the cost of starting the site in the browser:
 * - the browser bundle's entry is ./entry.ts, which evaluates it in stages (the reason is there);
 * - the entry bundles start with V8's compile hint `//# allFunctionsCalledOnLoad`. Almost every
 *   function in them runs while the page starts, and V8 otherwise compiles each one on the main thread
 *   the first time it is called; with the hint Chromium compiles them while the file downloads, on a
 *   background thread. Other browsers read it as a comment.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

export const STAGED_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'entry.ts');

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const ENTRY_BUNDLE = /^(?:main|runtime~main)\.[0-9a-f]+\.js$/;

/** Prepends the compile hint to the entry bundles in `<outDir>/assets/js`; returns the files changed. */
export async function addCompileHints(outDir: string): Promise<string[]> {
  const dir = join(outDir, 'assets', 'js');
  const changed: string[] = [];
  for (const name of (await readdir(dir)).filter((file) => ENTRY_BUNDLE.test(file))) {
    const file = join(dir, name);
    const code = await readFile(file, 'utf8');
    if (code.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, COMPILE_HINT + code);
    changed.push(name);
  }
  return changed;
}

export default function stagedBootPlugin(): Plugin {
  return {
    name: 'staged-boot',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {mergeStrategy: {entry: 'replace'}, entry: STAGED_ENTRY};
    },
    async postBuild({outDir}) {
      if ((await addCompileHints(outDir)).length === 0) throw new Error(`staged-boot: no entry bundle (main.*.js) found in ${join(outDir, 'assets', 'js')}`);
    },
  };
}
