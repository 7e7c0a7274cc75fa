import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {createElement, useContext, type ReactNode} from 'react';
import {renderToString} from 'react-dom/server';
import {hydrateRoot} from 'react-dom/client';
import {act} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import deferredHydrationUpdatesPlugin, {REPLACEMENTS} from './index';
import {BrowserContextProvider, Context} from './browserContext';
import {useWindowSize} from './useWindowSize';

const require = createRequire(import.meta.url);
const coreClient = join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
const themeCommon = dirname(require.resolve('@docusaurus/theme-common')); // its lib/, which "exports" hides
const originals = [
  {name: "core's browserContext", file: join(coreClient, 'browserContext.js'), importers: [join(coreClient, 'App.js'), join(coreClient, 'exports', 'useIsBrowser.js')]},
  {name: "theme-common's useWindowSize", file: join(themeCommon, 'hooks', 'useWindowSize.js'), importers: [join(themeCommon, 'index.js'), join(themeCommon, 'contexts', 'navbarMobileSidebar.js')]},
];
const exportedNames = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]).sort();

type Resource = {request: string; contextInfo: {issuer: string}};
/** What the plugin's replacement plugins make of `request` imported by `issuer`. */
function resolveThroughPlugin(request: string, issuer: string): string {
  class FakeReplacement {
    constructor(readonly pattern: RegExp, readonly replace: (resource: Resource) => void) {}
  }
  const config = deferredHydrationUpdatesPlugin().configureWebpack!({}, false, {currentBundler: {instance: {NormalModuleReplacementPlugin: FakeReplacement}}} as never, {} as LoadContext) as unknown as {plugins: FakeReplacement[]};
  const resource = {request, contextInfo: {issuer}};
  for (const plugin of config.plugins) if (plugin.pattern.test(resource.request)) plugin.replace(resource);
  return resource.request;
}

describe('the replaced modules', () => {
  it.each(originals)('$name still exports what its stand-in exports, and its importers still reach it by a path the plugin matches', ({file, importers}) => {
    const standIn = REPLACEMENTS.find(({issuer}) => issuer.test(file))!;
    expect(exportedNames(standIn.file), 'Docusaurus changed the module: update the stand-in beside this test').toEqual(exportedNames(file));
    for (const importer of importers) {
      const request = readFileSync(importer, 'utf8').match(/from '(\.[^']*(?:browserContext|useWindowSize))'/)?.[1];
      expect(request, `${importer} no longer imports the module`).toBeDefined();
      expect(resolveThroughPlugin(request!, importer)).toBe(standIn.file);
    }
  });

  it('leaves the same names imported from elsewhere alone, and the server bundle untouched', () => {
    expect(resolveThroughPlugin('./hooks/useWindowSize', '/site/src/theme/Navbar/index.tsx')).toBe('./hooks/useWindowSize');
    expect(deferredHydrationUpdatesPlugin().configureWebpack!({}, true, {} as never, {} as LoadContext)).toEqual({});
  });
});

describe('the stand-ins', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  function Probe(): ReactNode {
    return `${useContext(Context) ? 'browser' : 'server'} ${useWindowSize()}`;
  }
  const app = () => createElement(BrowserContextProvider, null, createElement(Probe));

  it('hydrate what the server rendered, then report the browser and its size', async () => {
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(400);
    const container = document.createElement('div');
    container.innerHTML = renderToString(app());
    document.body.append(container);
    expect(container.textContent).toBe('server ssr');

    const recoverableErrors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, app(), {onRecoverableError: (error) => recoverableErrors.push(error)}));
    expect(recoverableErrors).toEqual([]);
    expect(container.textContent).toBe('browser mobile');

    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1200);
    await act(async () => window.dispatchEvent(new Event('resize')));
    expect(container.textContent).toBe('browser desktop');
    act(() => root.unmount());
  });
});
