/**
 * Keeps each page the learner opens available offline. The service worker (src/sw.js) caches what
 * passes through it; this tells it about what it could not see: the page itself after a client-side
 * navigation (no HTML is fetched then), and, on the very first visit, the scripts and styles loaded
 * before the worker took control.
 */
import type {Location} from 'history';

let sentInitialAssets = false;

function sameOriginAssets(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(window.location.origin) && /\.(js|css|woff2?|svg|png)$/.test(new URL(url).pathname));
}

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => {
    const urlsToCache = [location.pathname];
    if (!sentInitialAssets) {
      urlsToCache.push(...sameOriginAssets());
      sentInitialAssets = true;
    }
    registration.active?.postMessage({type: 'CACHE_URLS', payload: {urlsToCache}});
  });
}
