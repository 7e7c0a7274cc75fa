/**
 * What every browser test shares: the built site served with gzip on localhost, Debian's Chromium driven
 * by playwright-core, and pages that record console errors and any request leaving localhost.
 */
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Server} from 'node:http';
import {AxeBuilder} from '@axe-core/playwright';
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page} from 'playwright-core';
import {serveBuild} from '../../scripts/serve-build';
import {ROOT} from '../../scripts/content-files';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** axe rule tags for WCAG 2.1 levels A and AA: the bar for every page and widget state. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe checks: the part of the page `include` selects (all of it by default), less what `exclude` selects. */
export type AxeScope = {include?: string; exclude?: string};

/**
 * axe (WCAG 2.1 A and AA) on the page, or on the part `include` selects, once the CSS transitions under
 * way have ended: a colour read mid-fade (every button fades after a colour-mode switch) is one no reader
 * is left with, and it once failed CI with a contrast error. Each violation reads "rule: help (targets)".
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  await page.evaluate(() =>
    Promise.allSettled(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((animation) => animation.finished)),
  );
  // options() replaces all options, so it comes before withTags(), which adds the rule selection.
  let axe = new AxeBuilder({page}).options({resultTypes: ['violations']}).withTags(WCAG_TAGS);
  if (scope.include) axe = axe.include(scope.include);
  if (scope.exclude) axe = axe.exclude(scope.exclude);
  const {violations} = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Fails the test with each axe violation, naming the page state checked (for example "dark mode"). */
export async function expectAxeClean(page: Page, state: string, scope: AxeScope = {}): Promise<void> {
  assert.deepEqual(await axeViolations(page, scope), [], `axe, ${state}`);
}

export type Site = {origin: string; browser: Browser; close: () => Promise<void>};

export async function startSite(): Promise<Site> {
  const {server, origin} = await serveBuild(join(ROOT, 'build'));
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS});
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
    },
  };
}

export type Guard = {consoleErrors: string[]; foreignRequests: string[]};

const isLocal = (url: string): boolean => {
  const {protocol, hostname} = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
};

/**
 * Blocks and records requests to other hosts, and records console errors and React warnings.
 * With `serviceWorkers`, requests are recorded but not routed: routing bypasses a page's service
 * worker, and the offline tests need the worker to answer.
 */
export async function guard(context: BrowserContext, {serviceWorkers = false} = {}): Promise<Guard> {
  const recorded: Guard = {consoleErrors: [], foreignRequests: []};
  if (serviceWorkers) {
    context.on('request', (request) => {
      if (!isLocal(request.url())) recorded.foreignRequests.push(request.url());
    });
  } else {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      recorded.foreignRequests.push(url);
      return route.abort();
    });
  }
  context.on('page', (page) => watch(page, recorded));
  return recorded;
}

function watch(page: Page, recorded: Guard): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat|did not match/i.test(text)) recorded.consoleErrors.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => recorded.consoleErrors.push(`${page.url()}: ${error.message}`));
}

export async function newGuardedContext(site: Site, options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext(options);
  const recorded = await guard(context, {serviceWorkers: options.serviceWorkers === 'allow'});
  return {context, recorded};
}

/**
 * Docusaurus sets `data-has-hydrated="true"` on <html> once React has hydrated (the server writes
 * "false"); waiting for it avoids racing the first render.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: 20_000});
}

export async function screenshotOnFailure(page: Page, name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, {recursive: true});
    const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`);
    await page.screenshot({path: file, fullPage: true}).catch(() => undefined);
    throw Object.assign(error as Error, {message: `${(error as Error).message}\n(screenshot: ${file})`});
  }
}
