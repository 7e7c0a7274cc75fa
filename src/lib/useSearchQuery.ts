/**
 * The search page's query in the address (src/theme/SearchPage), in place of the search plugin's own
 * `useSearchQuery`.
 *
 * The plugin's hook writes the query into the address from an effect, whether or not it changed, and
 * during hydration it reads no query at all (the server rendered none). So opening `/search/?q=term`
 * replaced the address twice, first without the query and then with it, and each replace re-rendered
 * the whole page in one long task on the reader's phone. Here the address is only written by a render
 * that read it (after hydration) and only when the query really differs.
 */
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {QUERY_PARAM, searchWithQuery} from './search-query';

const VERSION_PARAM = 'version';

export default function useSearchQuery() {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const location = useLocation();
  const params = isBrowser ? new URLSearchParams(location.search) : null;
  return {
    searchValue: params?.get(QUERY_PARAM) ?? '',
    searchVersion: params?.get(VERSION_PARAM) ?? '',
    updateSearchPath(query: string): void {
      const search = isBrowser ? searchWithQuery(location.search, query) : null;
      if (search !== null) history.replace({search});
    },
  };
}
