/**
 * The site's client entry, run in several tasks instead of one.
 *
 * Docusaurus's entry imports React DOM, the router, the route registry, the client modules and the app
 * together, so the browser evaluates all of main.js (about 130 KB gzip) in a single task: about 100 ms
 * on this project's test machine, 0.4 s with Lighthouse's 4x CPU slowdown, during which a tap on the
 * page waits. Here each stage is evaluated in a task of its own, with a macrotask between stages so
 * that input and paint can run in between. The modules stay in main.js ("eager" imports make no new
 * chunk and no request); only the order of evaluation is spread out. Docusaurus's own entry runs last,
 * unchanged.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The bundler's script loader, which adds a chunk's `<script>` to the document. Docusaurus asks for all
 * of a page's chunks at once (a dozen for a lesson), and inserting each script costs the main thread a
 * few milliseconds; each is inserted in a task of its own instead.
 */
declare const __webpack_require__: {l: (...args: unknown[]) => void};
const insertScript = __webpack_require__.l;
__webpack_require__.l = (...args) => {
  setTimeout(() => insertScript(...args), 0);
};

const stages: (() => Promise<unknown>)[] = [
  () => import(/* webpackMode: "eager" */ 'react-dom/client'),
  () => import(/* webpackMode: "eager" */ 'react-router-dom'),
  () => import(/* webpackMode: "eager" */ '@generated/registry'),
  () => import(/* webpackMode: "eager" */ '@generated/routes'),
  () => import(/* webpackMode: "eager" */ '@generated/client-modules'),
  () => import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/clientEntry.js'),
];

void (async () => {
  for (const stage of stages) {
    await stage();
    await nextTask();
  }
})();
