/**
 * Registers the service worker (src/sw.js) once the page has loaded and the browser is idle, in place
 * of the PWA plugin's own client module (its `swRegister` option), which registers it while the page
 * starts. Registering loads workbox-window and sets the worker up: a task of 8 ms on the test machine
 * and 20 to 30 ms in Lighthouse's traces, landing in the middle of hydration on a phone. Nothing is
 * lost by waiting: the worker only keeps pages the learner opens, and offlinePages.ts hands it the
 * first page's files once it is ready.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function registerWhenIdle(): void {
  const register = () => {
    // "eager": the plugin's module stays in the main bundle, evaluated only now. As a chunk of its own,
    // its download could be cut off by the learner leaving the page (a ChunkLoadError in the console).
    import(/* webpackMode: "eager" */ '@docusaurus/plugin-pwa/lib/registerSw.js').catch((error: unknown) => console.error('The service worker could not be registered', error));
  };
  if ('requestIdleCallback' in window) requestIdleCallback(register, {timeout: 5_000});
  else setTimeout(register, 0);
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, {once: true});
}
