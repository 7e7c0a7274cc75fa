/**
 * What a page makes the browser download: every JavaScript and CSS file it loads (after hydration and
 * idle), with gzip sizes. `pageWeight` is shared by the benchmark; the CLI compares pages:
 *   tsx scripts/bench/page-weight.ts /docs/stacks/choosing-your-stacks/ --baseline /docs/stacks/go/
 * prints each page's totals and the files the page loads that the baseline does not.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {ROOT} from '../content-files';
import {startSite, waitForHydration} from '../../tests/e2e/harness';

export type Asset = {path: string; kind: 'js' | 'css'; gzipBytes: number};
export type PageWeight = {path: string; assets: Asset[]; jsBytes: number; cssBytes: number};

const gzipSize = (path: string): number => gzipSync(readFileSync(join(ROOT, 'build', path)), {level: 9}).length;

export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await context.newPage();
  const seen = new Map<string, Asset>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const kind = url.pathname.endsWith('.js') ? 'js' : url.pathname.endsWith('.css') ? 'css' : null;
    if (kind && url.origin === origin && !seen.has(url.pathname)) {
      seen.set(url.pathname, {path: url.pathname, kind, gzipBytes: gzipSize(url.pathname)});
    }
  });
  await page.goto(`${origin}${path}`, {waitUntil: 'networkidle'});
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const assets = [...seen.values()];
  const sum = (kind: Asset['kind']) => assets.filter((a) => a.kind === kind).reduce((total, a) => total + a.gzipBytes, 0);
  return {path, assets, jsBytes: sum('js'), cssBytes: sum('css')};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const baselineIndex = args.indexOf('--baseline');
  const baselinePath = baselineIndex >= 0 ? args[baselineIndex + 1] : undefined;
  const paths = args.filter((_, i) => i !== baselineIndex && i !== baselineIndex + 1);
  const site = await startSite();
  try {
    const baseline = baselinePath ? await pageWeight(site.browser, site.origin, baselinePath) : null;
    if (baseline) console.log(`baseline ${baseline.path}: JS ${kb(baseline.jsBytes)}, CSS ${kb(baseline.cssBytes)} (gzip)`);
    for (const path of paths) {
      const weight = await pageWeight(site.browser, site.origin, path);
      console.log(`${path}: JS ${kb(weight.jsBytes)}, CSS ${kb(weight.cssBytes)} (gzip)`);
      if (baseline) {
        const extra = weight.assets.filter((a) => !baseline.assets.some((b) => b.path === a.path));
        const extraJs = extra.filter((a) => a.kind === 'js');
        for (const asset of extra) console.log(`  + ${asset.path} ${kb(asset.gzipBytes)}`);
        console.log(`  JS not on the baseline page: ${kb(extraJs.reduce((t, a) => t + a.gzipBytes, 0))}`);
      }
    }
  } finally {
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
