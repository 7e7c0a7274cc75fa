/**
 * Docusaurus plugin: bundles the capstone checker (capstone/checker) into one file that needs nothing
 * but Node 20+, served at `<baseUrl>capstone/check.mjs`. Lesson links inside it point at this site.
 * Written once, from the default locale's build (its output directory is build/ itself); the other
 * locales would only write the same bytes under build/<locale>/.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

export const CHECKER_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../../capstone/checker/cli.ts');
export const CHECKER_PATH = 'capstone/check.mjs';

/** The checker as one ES module; `site` is the site root its lesson links start with. */
export async function bundleChecker(site: string): Promise<string> {
  // Loaded when used: esbuild refuses to load in jsdom, where the bench's unit tests import CHECKER_PATH.
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: [CHECKER_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    define: {__CAPSTONE_SITE__: JSON.stringify(site)},
    banner: {js: `#!/usr/bin/env node\n// LATAM Backend Path capstone checker. Usage: node check.mjs --help. Source: capstone/checker in the site's repository.`},
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export default function capstoneCheckerPlugin(): Plugin {
  return {
    name: 'capstone-checker',
    async postBuild({outDir, siteConfig, i18n}) {
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const file = join(outDir, CHECKER_PATH);
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, await bundleChecker(`${siteConfig.url.replace(/\/+$/, '')}${siteConfig.baseUrl}`), {mode: 0o755});
    },
  };
}
