/**
 * Docusaurus plugin: keeps lunr out of the JavaScript every page loads.
 *
 * The search plugin's navbar box imports one number (how many suggestions to show) from a generated
 * module that also loads lunr and its stemmers. The box is on every page, so every page evaluated about
 * 19 KB (gzip) of search engine that only the search worker and the search page use. This points the
 * box's import at src/lib/searchBarConstants.ts; the worker keeps the real module.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

const SEARCH_BAR = /docusaurus-search-local[\\/].*[\\/]SearchBar[\\/]SearchBar\.jsx$/;

export default function leanSearchBarPlugin(context: LoadContext): Plugin {
  return {
    name: 'lean-search-bar',
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, replace: (resource: {request: string; contextInfo?: {issuer?: string}}) => void) => WebpackPluginInstance;
      };
      const replacement = join(context.siteDir, 'src', 'lib', 'searchBarConstants.ts');
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/utils[\\/]proxiedGeneratedConstants/, (resource) => {
            if (SEARCH_BAR.test(resource.contextInfo?.issuer ?? '')) resource.request = replacement;
          }),
        ],
      };
    },
  };
}
