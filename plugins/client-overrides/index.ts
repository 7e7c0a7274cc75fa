/**
 * Docusaurus plugin: a few modules of Docusaurus's client code replaced by stand-ins beside this file,
 * each for less work on the reader's phone while a page starts. The tests
 * check that each original still has the shape its stand-in copies and is still imported by a path
 * matched here.
 *
 * - `useIsBrowser()` and `useWindowSize()` change value when hydration ends, and many theme components
 *   read them. Their updates are set in effects, which React renders at default priority: in one
 *   uninterruptible task, about 160 components on a lesson (25 to 60 ms on the test machine, four times
 *   that on Lighthouse's phone), during which a tap waits. The stand-ins make the same update in a
 *   transition, which React renders in slices of a few milliseconds.
 * - Link gets an execution environment without IntersectionObserver (./linkExecutionEnvironment.ts
 *   says why).
 * - The navbar's version and language menus get a `useHistorySelector` that shows the address's query
 *   and hash in a transition too (./useHistorySelector.ts says why).
 * - The docs plugin's preferred-version provider reads the stored version in a transition too: after
 *   hydration it always set a new state, and its menus re-rendered in one task (42 components on a
 *   lesson). That module is patched in place (./patch-loader.cjs), one line, rather than copied.
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
  {request: /^@docusaurus\/theme-common$/, issuer: /@docusaurus[\\/]theme-classic[\\/]lib[\\/]theme[\\/]NavbarItem[\\/](?:DocsVersionDropdownNavbarItem\.js|LocaleDropdownNavbarItem[\\/]index\.js)$/, file: join(here, 'themeCommonForNavbarMenus.ts')},
  {request: /^\.[\\/]ExecutionEnvironment$/, issuer: /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]exports[\\/]Link\.js$/, file: join(here, 'linkExecutionEnvironment.ts')},
];

/** Exact text replacements in dependency modules, applied by ./patch-loader.cjs. */
export const PATCHES = [
  {
    name: "the docs plugin's preferred version",
    module: /@docusaurus[\\/]plugin-content-docs[\\/]lib[\\/]client[\\/]docsPreferredVersion\.js$/,
    replacements: [
      {
        find: 'setState(readStorageState({ allDocsData, versionPersistence, pluginIds }));',
        replace: 'React.startTransition(() => setState(readStorageState({ allDocsData, versionPersistence, pluginIds })));',
      },
    ],
  },
];

export const PATCH_LOADER = join(here, 'patch-loader.cjs');

export default function clientOverridesPlugin(): Plugin {
  return {
    name: 'client-overrides',
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, replace: (resource: Resource) => void) => WebpackPluginInstance;
      };
      return {
        module: {rules: PATCHES.map(({module, replacements}) => ({test: module, use: [{loader: PATCH_LOADER, options: {replacements}}]}))},
        plugins: REPLACEMENTS.map(({request, issuer, file}) =>
          new NormalModuleReplacementPlugin(request, (resource) => {
            if (issuer.test(resource.contextInfo?.issuer ?? '')) resource.request = file;
          })),
      };
    },
  };
}
