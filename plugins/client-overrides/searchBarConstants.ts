/**
 * What the navbar search box reads from the search plugin's generated constants: only the number of
 * suggestions. The generated module also loads lunr and three stemmers (about 19 KB gzip of evaluated
 * code) that only the search worker uses. See ./index.ts.
 */
export {SEARCH_RESULT_LIMITS as searchResultLimits} from '@site/src/data/search';
