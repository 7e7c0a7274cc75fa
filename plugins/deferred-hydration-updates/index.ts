/**
 * Docusaurus plugin: the theme's own updates just after hydration are rendered in a transition.
 *
 * When hydration ends, two hooks that many theme components read change value: `useIsBrowser()` turns
 * true and `useWindowSize()` goes from 'ssr' to 'mobile' or 'desktop'. Their updates are set in
 * effects, which React renders at default priority: in one uninterruptible task, about 160 components
 * on a lesson (25 to 60 ms on the test machine, four times that on Lighthouse's phone), during which a
 * tap waits. In a transition React renders the same update in slices of a few milliseconds and lets
 * input run in between. The two modules are replaced by stand-ins beside this file that differ only
 * in that; the tests check that the originals still have the shape the stand-ins copy.
 */
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

type Resource = {request: string; contextInfo?: {issuer?: string}};

const here = dirname(fileURLToPath(import.meta.url));

/** Imports of `request` from files matching `issuer` get `file` instead. */
export const REPLACEMENTS = [
  {request: /^\.\.?[\\/]browserContext$/, issuer: /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]/, file: join(here, 'browserContext.tsx')},
  {request: /hooks[\\/]useWindowSize$/, issuer: /@docusaurus[\\/]theme-common[\\/]lib[\\/]/, file: join(here, 'useWindowSize.ts')},
];

export default function deferredHydrationUpdatesPlugin(): Plugin {
  return {
    name: 'deferred-hydration-updates',
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, replace: (resource: Resource) => void) => WebpackPluginInstance;
      };
      return {
        plugins: REPLACEMENTS.map(({request, issuer, file}) =>
          new NormalModuleReplacementPlugin(request, (resource) => {
            if (issuer.test(resource.contextInfo?.issuer ?? '')) resource.request = file;
          })),
      };
    },
  };
}
