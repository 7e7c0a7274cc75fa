/**
 * The page's own HTML is painted before the site's JavaScript is fetched and run.
 *
 * Docusaurus loads its two bundles with `<script defer>`. They share the connection with the page and
 * its stylesheet, and when they arrive before the first frame (a fast network, or a repeat visit served
 * by the service worker) the browser runs them first: a slow phone then shows a blank page while it
 * evaluates about 130 KB (gzip) of JavaScript. The server-rendered HTML is complete and readable without
 * JavaScript, so this template inserts the bundles, in order, once the browser reports the first
 * contentful paint (at once in a background tab, which does not paint; on DOMContentLoaded in a browser
 * without paint timing; after 3 s at the latest).
 *
 * The cost is that widgets and search start later on a slow network, by about the time the first paint
 * took. Preloading the bundles would avoid it, but Chromium then compiles them on the main thread
 * instead of while they stream in, and Lighthouse measured more blocking time that way.
 *
 * The template is Docusaurus's own with only its script loop replaced; if that loop changes upstream,
 * loading the config fails here instead of shipping a template that has drifted.
 */
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

const DEFAULT_SCRIPT_LOOP = `    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

/** Marks the moment the bundles are inserted; the browser tests check it comes after the first paint. */
export const SCRIPTS_START_MARK = 'lbp:scripts-start';

/** If no contentful paint is ever reported, the site still starts this long after the HTML began. */
const SAFETY_DELAY_MS = 3000;

const PAINT_FIRST_LOADER = `(function (scripts) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    performance.mark('${SCRIPTS_START_MARK}');
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  if (document.visibilityState !== 'visible') return start();
  if ((window.PerformanceObserver && PerformanceObserver.supportedEntryTypes || []).indexOf('paint') < 0) {
    return document.addEventListener('DOMContentLoaded', start);
  }
  new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start, 0);
  }).observe({type: 'paint', buffered: true});
  setTimeout(start, ${SAFETY_DELAY_MS});
})`;

const PAINT_FIRST_SCRIPT_LOOP = `    <script>${PAINT_FIRST_LOADER}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);</script>`;

export function paintFirstTemplate(defaultTemplate: string = (require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {default: string}).default): string {
  if (!defaultTemplate.includes(DEFAULT_SCRIPT_LOOP)) {
    throw new Error("Docusaurus's SSR template no longer loads its scripts as plugins/paint-first expects. Update DEFAULT_SCRIPT_LOOP there to the new template.");
  }
  return defaultTemplate.replace(DEFAULT_SCRIPT_LOOP, PAINT_FIRST_SCRIPT_LOOP);
}
