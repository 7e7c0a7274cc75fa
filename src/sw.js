// Service worker additions (Docusaurus plugin-pwa `swCustom`), plain JavaScript because the plugin
// compiles this file with Babel only.
//
// Offline reading without a bulk download: nothing is precached (learners are often on prepaid data);
// each page a learner opens is kept, with the scripts and styles it used, so it opens again offline.
// Pages are network-first (fresh when online), hashed assets cache-first (they never change).
// src/clientModules/offlinePages.ts sends the pages opened before this worker took control.
// Search (Pagefind, build/pagefind/) is kept as it is used: the index chunks and excerpts a query
// downloaded answer that query again offline; what was never downloaded cannot be, and the search box
// says so.
import {Route, Router} from 'workbox-routing';
import {CacheFirst, NetworkFirst} from 'workbox-strategies';
import {ExpirationPlugin} from 'workbox-expiration';

const sameOrigin = (url) => url.origin === self.location.origin;
const isAsset = (url) => ['/assets/', '/img/', '/katex/'].some((folder) => url.pathname.includes(folder));
// Matched by address too, because pages sent by the page script arrive as plain requests, not navigations.
const isPage = (url, request) =>
  request.mode === 'navigate' || (!isAsset(url) && (url.pathname.endsWith('/') || url.pathname.endsWith('.html')));

const isSearchFile = (url) => url.pathname.includes('/pagefind/');
// Pagefind names its index chunks, excerpts, filters and language metadata after their content.
const isHashedSearchFile = (url) => /\.pf_(?:meta|index|fragment|filter)$/.test(url.pathname);

export default function swCustom() {
  const router = new Router();
  router.registerRoute(
    new Route(
      ({url}) => sameOrigin(url) && isSearchFile(url) && isHashedSearchFile(url),
      new CacheFirst({
        cacheName: 'lbp-search-v1',
        plugins: [new ExpirationPlugin({maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true})],
      }),
    ),
  );
  // The script, its worker, WebAssembly and the entry file keep their names from build to build.
  router.registerRoute(
    new Route(
      ({url}) => sameOrigin(url) && isSearchFile(url) && !isHashedSearchFile(url),
      new NetworkFirst({
        cacheName: 'lbp-search-code-v1',
        networkTimeoutSeconds: 4,
        plugins: [new ExpirationPlugin({maxEntries: 20, purgeOnQuotaError: true})],
      }),
    ),
  );
  router.registerRoute(
    new Route(
      ({url, request}) => sameOrigin(url) && isPage(url, request),
      new NetworkFirst({
        cacheName: 'lbp-pages-v1',
        networkTimeoutSeconds: 4,
        plugins: [new ExpirationPlugin({maxEntries: 150, purgeOnQuotaError: true})],
      }),
    ),
  );
  router.registerRoute(
    new Route(
      ({url}) => sameOrigin(url) && isAsset(url),
      new CacheFirst({
        cacheName: 'lbp-assets-v1',
        plugins: [new ExpirationPlugin({maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true})],
      }),
    ),
  );
  router.addFetchListener();
  router.addCacheListener();
  // Take control of the open tab at once, so the rest of a first visit is kept too.
  self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
}
