/** How many suggestions the navbar search box shows. Read by the search plugin's options and by the
 * search box (through plugins/client-overrides/searchBarConstants.ts), so the two cannot disagree. */
export const SEARCH_RESULT_LIMITS = 8;
