import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createElement, useContext, type ReactNode} from 'react';
import {renderToString} from 'react-dom/server';
import {hydrateRoot} from 'react-dom/client';
import {act} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import clientOverridesPlugin, {PATCHES, PATCH_LOADER, REPLACEMENTS} from './index';
import patchLoader from './patch-loader.cjs';
import {BrowserContextProvider, Context} from './browserContext';
import {useWindowSize} from './useWindowSize';
import {useHistorySelector} from './useHistorySelector';
import {history as routerHistory} from '@site/tests/unit/mocks/router';
import {setHydrating} from '@site/src/lib/hydration';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import linkExecutionEnvironment from './linkExecutionEnvironment';

const require = createRequire(import.meta.url);
const coreClient = join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
const themeCommon = dirname(require.resolve('@docusaurus/theme-common')); // its lib/, which "exports" hides
const themeClassic = join(dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib', 'theme');
const here = dirname(fileURLToPath(import.meta.url));
const originals = [
  {name: "core's browserContext", file: join(coreClient, 'browserContext.js'), importers: [join(coreClient, 'App.js'), join(coreClient, 'exports', 'useIsBrowser.js')]},
  {name: "theme-common's useWindowSize", file: join(themeCommon, 'hooks', 'useWindowSize.js'), importers: [join(themeCommon, 'index.js'), join(themeCommon, 'contexts', 'navbarMobileSidebar.js')]},
  {name: "Link's ExecutionEnvironment", file: join(coreClient, 'exports', 'ExecutionEnvironment.js'), importers: [join(coreClient, 'exports', 'Link.js')]},
];
const exportedNames = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export (default|(?:function|const) (\w+))/gm)].map((m) => m[2] ?? m[1]).sort();
/** The path by which `importer` imports the module named like `file`. */
const importPath = (importer: string, file: string) => {
  const name = basename(file, '.js');
  return [...readFileSync(importer, 'utf8').matchAll(/from '(\.[^']*)'/g)].map((m) => m[1]!).find((path) => path.endsWith(`/${name}`));
};

type Resource = {request: string; contextInfo: {issuer: string}};
/** What the plugin's replacement plugins make of `request` imported by `issuer`. */
function resolveThroughPlugin(request: string, issuer: string): string {
  class FakeReplacement {
    constructor(readonly pattern: RegExp, readonly replace: (resource: Resource) => void) {}
  }
  const config = clientOverridesPlugin().configureWebpack!({}, false, {currentBundler: {instance: {NormalModuleReplacementPlugin: FakeReplacement}}} as never, {} as LoadContext) as unknown as {plugins: FakeReplacement[]};
  const resource = {request, contextInfo: {issuer}};
  for (const plugin of config.plugins) if (plugin.pattern.test(resource.request)) plugin.replace(resource);
  return resource.request;
}

describe('the replaced modules', () => {
  it.each(originals)('$name: its importers still reach it by a path the plugin replaces, with a stand-in that exports the same names', ({file, importers}) => {
    for (const importer of importers) {
      const request = importPath(importer, file);
      expect(request, `${importer} no longer imports the module`).toBeDefined();
      const standIn = resolveThroughPlugin(request!, importer);
      expect(REPLACEMENTS.map((replacement) => replacement.file)).toContain(standIn);
      expect(exportedNames(standIn), 'Docusaurus changed the module: update the stand-in beside this test').toEqual(exportedNames(file));
    }
  });

  it("gives the navbar's version and language menus a theme-common whose useHistorySelector is the stand-in", () => {
    const menus = ['DocsVersionDropdownNavbarItem.js', join('LocaleDropdownNavbarItem', 'index.js')].map((file) => join(themeClassic, 'NavbarItem', file));
    for (const menu of menus) {
      expect(readFileSync(menu, 'utf8'), `${menu} no longer imports useHistorySelector from theme-common`).toMatch(/import \{[^}]*\buseHistorySelector\b[^}]*\} from '@docusaurus\/theme-common'/);
      expect(resolveThroughPlugin('@docusaurus/theme-common', menu)).toBe(join(here, 'themeCommonForNavbarMenus.ts'));
    }
    expect(readFileSync(join(here, 'themeCommonForNavbarMenus.ts'), 'utf8')).toContain("export {useHistorySelector} from './useHistorySelector';");
    expect(exportedNames(join(themeCommon, 'utils', 'historyUtils.js'))).toContain('useHistorySelector');
    expect(resolveThroughPlugin('@docusaurus/theme-common', join(themeClassic, 'Navbar', 'index.js'))).toBe('@docusaurus/theme-common');
  });

  it('leaves the same names imported from elsewhere alone, and the server bundle untouched', () => {
    expect(resolveThroughPlugin('./hooks/useWindowSize', '/site/src/theme/Navbar/index.tsx')).toBe('./hooks/useWindowSize');
    expect(clientOverridesPlugin().configureWebpack!({}, true, {} as never, {} as LoadContext)).toEqual({});
  });
});

describe('the patches', () => {
  const patch = (source: string, resourcePath: string, replacements: {find: string; replace: string}[]) =>
    patchLoader.call({resourcePath, getOptions: () => ({replacements})}, source);

  const patchedFiles = {"the docs plugin's preferred version": join(dirname(require.resolve('@docusaurus/plugin-content-docs/client')), 'docsPreferredVersion.js')};

  it.each(PATCHES)('apply to the current module of $name exactly as written', ({name, module, replacements}) => {
    const file = patchedFiles[name as keyof typeof patchedFiles];
    expect(module.test(file)).toBe(true);
    const patched = patch(readFileSync(file, 'utf8'), file, replacements);
    for (const {find, replace} of replacements) {
      expect(patched.split(replace)).toHaveLength(2);
      expect(patched.replace(replace, '')).not.toContain(find);
    }
  });

  it('fail the build, naming the file, when the text to replace is gone or repeated', () => {
    const replacements = [{find: 'setState(a);', replace: 'startTransition(() => setState(a));'}];
    expect(() => patch('setState(b);', '/dep/module.js', replacements)).toThrow('/dep/module.js: expected "setState(a);" once, found it 0 times');
    expect(() => patch('setState(a); setState(a);', '/dep/module.js', replacements)).toThrow('found it 2 times');
    expect(patch('x; setState(a); y;', '/dep/module.js', replacements)).toBe('x; startTransition(() => setState(a)); y;');
  });

  it('are wired as loaders for the browser bundle', () => {
    const config = clientOverridesPlugin().configureWebpack!({}, false, {currentBundler: {instance: {NormalModuleReplacementPlugin: class {}}}} as never, {} as LoadContext) as {module: {rules: {test: RegExp; use: {loader: string}[]}[]}};
    expect(config.module.rules.map((rule) => [rule.test, rule.use[0]!.loader])).toEqual(PATCHES.map(({module}) => [module, PATCH_LOADER]));
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

  it("hydrate the navbar menus with the address as the server saw it, then show its query, then follow it", async () => {
    function Search(): ReactNode {
      return `search "${useHistorySelector((history) => history.location.search)}"`;
    }
    const listeners: (() => void)[] = [];
    routerHistory.listen.mockImplementation((listener) => (listeners.push(listener), () => {}));
    const container = document.createElement('div');
    container.innerHTML = renderToString(createElement(Search)); // the server has no query
    expect(container.textContent).toBe('search ""');

    routerHistory.location.search = '?q=idempotency';
    const recoverableErrors: unknown[] = [];
    setHydrating(true);
    const root = await act(async () => hydrateRoot(container, createElement(Search), {onRecoverableError: (error) => recoverableErrors.push(error)}));
    setHydrating(false);
    expect(recoverableErrors).toEqual([]);
    expect(container.textContent).toBe('search "?q=idempotency"');

    routerHistory.location.search = '?q=retries';
    await act(async () => listeners.forEach((listener) => listener()));
    expect(container.textContent).toBe('search "?q=retries"');
    act(() => root.unmount());
    routerHistory.location.search = '';
  });

  it('tell Link there is no IntersectionObserver, and nothing else', () => {
    vi.stubGlobal('IntersectionObserver', class {});
    expect(linkExecutionEnvironment).toEqual({...ExecutionEnvironment, canUseIntersectionObserver: false});
    expect(linkExecutionEnvironment.canUseDOM).toBe(true);
  });
});
