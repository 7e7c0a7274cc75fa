/**
 * What the site's search page (src/theme/SearchPage) uses of the search plugin's client code: its
 * worker (the same module, so the same worker, as the navbar box), its highlighting and its loading
 * ring. The plugin does not publish these paths; this is the one place that names them, and its test
 * checks that they still exist and export these names.
 */
export {fetchIndexesByWorker, searchByWorker, type SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
export {highlight} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
export {highlightStemmed} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed';
export {getStemmedPositions} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions';
export {default as LoadingRing} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing';
export {SearchDocumentType} from '@easyops-cn/docusaurus-search-local/dist/client/shared/interfaces';
