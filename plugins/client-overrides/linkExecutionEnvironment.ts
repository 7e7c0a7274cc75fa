/**
 * What Docusaurus's Link sees of the execution environment: everything as it is, except that there is
 * no IntersectionObserver. Link only observes itself to prefetch its page once it scrolls into view,
 * and the site turns that prefetch off (src/clientModules/intentOnlyPrefetch.ts); without this, every
 * internal link still created an observer of its own, again on each re-render. See ./index.ts.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

export default {...ExecutionEnvironment, canUseIntersectionObserver: false};
