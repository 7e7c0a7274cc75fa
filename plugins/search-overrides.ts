/**
 * Docusaurus plugin: three modules of the search plugin's client code replaced by the site's own.
 *
 * - The navbar box imports one number (how many suggestions to show) from a generated module that also
 *   loads lunr and its stemmers. The box is on every page, so every page evaluated about 19 KB (gzip)
 *   of search engine that only the search worker and the search page use. The box's import points at
 *   src/lib/searchBarConstants.ts instead; the worker keeps the real module.
 * - The search page's query hook replaced the address twice while the page started, re-rendering the
 *   whole page each time; src/lib/useSearchQuery.ts says how its stand-in avoids that.
 * - The search page's Layout gets a `<main>` around the page's content (src/components/SearchPageLayout).
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

const SEARCH_BAR = /docusaurus-search-local[\\/].*[\\/]SearchBar[\\/]SearchBar\.jsx$/;
const SEARCH_PAGE = /docusaurus-search-local[\\/].*[\\/]SearchPage[\\/]SearchPage\.jsx$/;

type Resource = {request: string; contextInfo?: {issuer?: string}};

export default function searchOverridesPlugin(context: LoadContext): Plugin {
  return {
    name: 'search-overrides',
    configureWebpack(_config, isServer, utils) {
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, replace: (resource: Resource) => void) => WebpackPluginInstance;
      };
      /** Points `issuer`'s imports that match `pattern` at `replacement`, a file of the site's src/. */
      const replace = (pattern: RegExp, issuer: RegExp, replacement: string) =>
        new NormalModuleReplacementPlugin(pattern, (resource) => {
          if (issuer.test(resource.contextInfo?.issuer ?? '')) resource.request = join(context.siteDir, 'src', replacement);
        });
      return {
        plugins: [
          // The server renders no query either way; only the browser bundle needs the smaller import.
          ...(isServer ? [] : [replace(/utils[\\/]proxiedGeneratedConstants/, SEARCH_BAR, 'lib/searchBarConstants.ts')]),
          replace(/hooks[\\/]useSearchQuery/, SEARCH_PAGE, 'lib/useSearchQuery.ts'),
          replace(/^@theme\/Layout$/, SEARCH_PAGE, 'components/SearchPageLayout/index.tsx'),
        ],
      };
    },
  };
}
