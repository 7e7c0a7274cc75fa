/**
 * Docusaurus plugin for the cost of starting the site in the browser:
 * - the browser bundle's entry is ./entry.ts, which evaluates it in stages (the reason is there);
 * - the entry's JavaScript is split into a few files (ENTRY_FILES). The browser compiles and runs each
 *   script in a task of its own, so instead of one task for all of main.js (25 to 45 ms on the test
 *   machine, four times that on Lighthouse's phone) there are several of 10 to 20 ms, with room for
 *   input and paint between them. The page downloads the same code; CSS stays in the one stylesheet;
 * - the entry bundles start with V8's compile hint `//# allFunctionsCalledOnLoad`. Almost every
 *   function in them runs while the page starts, and V8 otherwise compiles each one on the main thread
 *   the first time it is called; with the hint Chromium compiles them while the file downloads, on a
 *   background thread. Other browsers read it as a comment.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';
import {javascriptIn} from '../widget-chunks';

export const STAGED_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'entry.ts');

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The entry's files besides main.js: React DOM (its largest part), Docusaurus's own packages and the
 * other packages (JavaScript only: see javascriptIn). A module from node_modules that only some pages
 * load stays in their chunks (`initial`).
 */
export const ENTRY_FILES: Record<string, RegExp> = {
  'entry-react-dom': /[\\/]node_modules[\\/](?:react-dom|scheduler)[\\/]/,
  'entry-docusaurus': /[\\/]node_modules[\\/]@docusaurus[\\/]/,
  'entry-modules': /[\\/]node_modules[\\/]/,
};

const ENTRY_BUNDLE = new RegExp(`^(?:main|runtime~main|${Object.keys(ENTRY_FILES).join('|')})\\.[0-9a-f]+\\.js$`);

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
      // Listed from the most specific test to the most general: a module goes to the first that matches.
      const cacheGroups = Object.fromEntries(
        Object.entries(ENTRY_FILES).map(([name, test], index, all) => [
          name,
          {
            test: javascriptIn(test),
            name,
            chunks: 'initial' as const,
            enforce: true,
            priority: 70 + all.length - index,
          },
        ]),
      );
      return {mergeStrategy: {entry: 'replace'}, entry: STAGED_ENTRY, optimization: {splitChunks: {cacheGroups}}};
    },
    async postBuild({outDir}) {
      if ((await addCompileHints(outDir)).length === 0) throw new Error(`staged-boot: no entry bundle (main.*.js) found in ${join(outDir, 'assets', 'js')}`);
    },
  };
}
