/**
 * What searching costs a reader on a slow phone connection, per language: the bytes transferred and the
 * requests made by a first query (Pagefind's code, its WebAssembly, the index chunks of the word, five
 * results with excerpts) and by a second query, and the time to the first result, under Chromium's
 * network throttling set to Lighthouse's slow 4G. The word is typed at a phone typist's pace after
 * focusing the navbar box, which starts loading Pagefind. The service
 * worker is kept out (it would fetch on the page's behalf, out of the page's sight); the page itself is
 * loaded unthrottled, then the network is slowed for the search alone.
 * Shared by the benchmark (run.mts); alone: tsx scripts/bench/search-cost.ts (needs a build).
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser, BrowserContext} from 'playwright-core';
import {ROOT} from '../content-files';
import {startSite, waitForHydration} from '../../tests/e2e/harness';

/** Lighthouse's mobile "slow 4G" as DevTools applies it (150 ms RTT and 1.6 Mbps, times its multipliers). */
export const SLOW_4G = {offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8};

/** Per language: the lesson the reader is on, and two typical words, each found in several lessons. */
export const SEARCHES = [
  {locale: 'en', path: '/docs/the-role/api-design/', first: 'idempotency', second: 'pagination'},
  {locale: 'es', path: '/es/docs/the-role/api-design/', first: 'idempotencia', second: 'paginación'},
  {locale: 'pt-BR', path: '/pt-BR/docs/the-role/api-design/', first: 'idempotência', second: 'paginação'},
] as const;

export type QueryCost = {bytes: number; requests: number};
/**
 * `firstResultMs` runs from the last keystroke of the first query to its first result: what the reader
 * waits for. `firstResultFromFocusMs` runs from focusing the box, typing included.
 */
export type SearchCost = {locale: string; firstQuery: QueryCost; secondQuery: QueryCost; firstResultMs: number; firstResultFromFocusMs: number; results: number};

/**
 * The requests finished since `start()` (the page's and Pagefind's worker's), and their bytes on the
 * wire: headers, and the body as the server sends it (gzip when it says so; Pagefind's index files come
 * compressed already). Bodies are measured from the built files: Chromium does not report the size of a
 * worker's own script.
 */
function networkMeter(context: BrowserContext, origin: string) {
  let finished: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    finished.push(
      (async () => {
        const response = await request.response();
        const {pathname} = new URL(request.url());
        const file = join(ROOT, 'build', decodeURIComponent(pathname));
        if (!response || !request.url().startsWith(origin) || !existsSync(file) || !statSync(file).isFile()) return 0;
        const gzip = (await response.allHeaders())['content-encoding'] === 'gzip';
        const body = gzip ? gzipSync(readFileSync(file), {level: 9}).length : statSync(file).size;
        return (await request.sizes()).responseHeadersSize + body;
      })(),
    );
  });
  return {
    start: () => {
      finished = [];
    },
    read: async (): Promise<QueryCost> => {
      const sizes = await Promise.all(finished);
      return {bytes: sizes.reduce((sum, bytes) => sum + bytes, 0), requests: sizes.length};
    },
  };
}

/** A reader's typing pace on a phone keyboard, fast: Pagefind loads while the word is typed. */
const TYPING_DELAY_MS = 150;

export async function searchCost(browser: Browser, origin: string, search: (typeof SEARCHES)[number]): Promise<SearchCost> {
  const context = await browser.newContext({viewport: {width: 412, height: 823}, serviceWorkers: 'block'});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const meter = networkMeter(context, origin);
  try {
    await page.goto(`${origin}${search.path}`, {waitUntil: 'networkidle'});
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    // Chromium applies the page's conditions to its dedicated workers too (Pagefind fetches in one).
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);

    const box = page.locator('.navbar input[role="combobox"]');
    const options = page.locator('[role="listbox"] [role="option"]');
    meter.start();
    const focused = performance.now();
    await box.focus();
    await page.keyboard.type(search.first, {delay: TYPING_DELAY_MS});
    const typed = performance.now();
    await options.first().waitFor({timeout: 60_000});
    const firstResultMs = Math.round(performance.now() - typed);
    const firstResultFromFocusMs = Math.round(performance.now() - focused);
    await page.waitForLoadState('networkidle');
    const results = await options.count();
    const firstQuery = await meter.read();

    meter.start();
    await box.fill('');
    await page.keyboard.type(search.second, {delay: TYPING_DELAY_MS});
    await page.waitForFunction(
      (word) => document.querySelector('[role="listbox"] [role="option"] mark')?.textContent?.toLowerCase().startsWith(word.slice(0, 4)),
      search.second,
      {timeout: 60_000},
    );
    await page.waitForLoadState('networkidle');
    const secondQuery = await meter.read();
    return {locale: search.locale, firstQuery, secondQuery, firstResultMs, firstResultFromFocusMs, results};
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const site = await startSite();
  try {
    for (const search of SEARCHES) {
      const cost = await searchCost(site.browser, site.origin, search);
      console.log(
        `${cost.locale}: first query ${kb(cost.firstQuery.bytes)} in ${cost.firstQuery.requests} requests (${cost.results} results shown), ` +
          `second ${kb(cost.secondQuery.bytes)} in ${cost.secondQuery.requests}; on slow 4G the first result ${cost.firstResultMs} ms after the last keystroke ` +
          `(${cost.firstResultFromFocusMs} ms after focus, typing included)`,
      );
    }
  } finally {
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
