/**
 * Registers the service worker (src/sw.js) once the page has loaded and settled, in place of the PWA
 * plugin's own client module (its `swRegister` option), which registers it while the page starts.
 * Registering loads workbox-window and sets the worker up: a task of 8 ms on the test machine and 20 to
 * 30 ms in Lighthouse's traces. The worker then starts on a thread of its own and caches the page's
 * files, about 110 to 150 ms of work in Lighthouse's traces. Started from the first idle callback after
 * `load`, all of it ran while React was still hydrating, and on a two-core machine the two took turns on
 * the cores. Waiting for the first long idle period (src/lib/when-settled.ts) loses nothing: the worker
 * only keeps pages the learner opens, and offlinePages.ts hands it the first page's files once it is
 * ready.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {whenSettled, type ScheduleIdle} from '../lib/when-settled';

function registerWhenSettled(): void {
  const register = () => {
    // "eager": the plugin's module stays in the main bundle, evaluated only now. As a chunk of its own,
    // its download could be cut off by the learner leaving the page (a ChunkLoadError in the console).
    import(/* webpackMode: "eager" */ '@docusaurus/plugin-pwa/lib/registerSw.js').catch((error: unknown) => console.error('The service worker could not be registered', error));
  };
  // Without requestIdleCallback, every check counts as a long idle period: register at once.
  const scheduleIdle: ScheduleIdle =
    'requestIdleCallback' in window ? requestIdleCallback : (callback) => setTimeout(() => callback({timeRemaining: () => Infinity, didTimeout: false}), 0);
  whenSettled(register, {scheduleIdle});
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerWhenSettled();
  else window.addEventListener('load', registerWhenSettled, {once: true});
}
