/**
 * The search page's address, kept in step with what the learner types (used by src/lib/useSearchQuery.ts).
 */

export const QUERY_PARAM = 'q';

/**
 * The query string the address should have for `query`, or null when it already has it. Only a real
 * change may touch the browser history: each replace re-renders the whole page.
 */
export function searchWithQuery(currentSearch: string, query: string): string | null {
  const params = new URLSearchParams(currentSearch);
  if ((params.get(QUERY_PARAM) ?? '') === query) return null;
  if (query) params.set(QUERY_PARAM, query);
  else params.delete(QUERY_PARAM);
  return params.toString();
}
