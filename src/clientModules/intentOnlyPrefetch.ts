/**
 * No speculative downloads: Docusaurus fetches the code of every page whose link scrolls into view.
 * On a lesson with a long sidebar and many links that is hundreds of kilobytes a learner on prepaid
 * data never asked for, and on a mid-range phone the bookkeeping alone blocked the main thread for
 * about 0.4 s (Lighthouse, 4x CPU slowdown). Links still load a page's code as soon as the learner
 * shows intent (pointer over or touch on the link: Docusaurus's `preload`), so navigation stays quick.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type DocusaurusGlobal = {prefetch: (routePath: string) => false | Promise<unknown>; preload: (routePath: string) => false | Promise<unknown>};

if (ExecutionEnvironment.canUseDOM) {
  // The client entry assigns window.docusaurus (a frozen object) after client modules are evaluated.
  // Links read it on each call, so replacing whatever is assigned takes effect everywhere, whichever
  // task the entry runs in.
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (value: DocusaurusGlobal | undefined) => {
      current = value && {...value, prefetch: () => false};
    },
  });
}
