/**
 * The navbar's search box (src/components/Search): the theme renders `@theme/SearchBar` in the navbar,
 * and this site's search is its own (Pagefind, scripts/search-index.ts).
 */
export {default} from '@site/src/components/Search/SearchBox';
