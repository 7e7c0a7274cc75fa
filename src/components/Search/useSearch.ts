import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveVersion, useLatestVersion, useVersions} from '@docusaurus/plugin-content-docs/client';
import {editionSlug} from '@site/src/lib/curriculum';
import {lastEdition} from '@site/src/lib/last-edition';
import {ALL_EDITIONS, editionFilters, matchesQuery, normaliseQuery, readerEdition, siteRoot, toSearchHit, type SearchHit} from '@site/src/lib/search';
import {loadPagefind} from './pagefind';

/** How long typing must pause before a query is sent: each query may download index chunks. */
const TYPING_PAUSE_MS = 200;

/**
 * - idle: nothing to search yet;
 * - searching: a query is under way (the first one also loads Pagefind);
 * - done: `hits` holds the results (maybe none);
 * - unavailable: a part of the index could not be downloaded, as when the reader is offline.
 */
export type SearchStatus = 'idle' | 'searching' | 'done' | 'unavailable';

export type SearchState = {status: SearchStatus; query: string; hits: SearchHit[]; total: number};

const IDLE: SearchState = {status: 'idle', query: '', hits: [], total: 0};

export function useSiteRoot(): string {
  const {siteConfig, i18n} = useDocusaurusContext();
  return siteRoot(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);
}

/** Starts loading Pagefind, for a field to call when the reader focuses it; does nothing more. */
export function usePreloadSearch(): () => void {
  const root = useSiteRoot();
  return () => void loadPagefind(root).catch(() => undefined);
}

/**
 * The edition a search is narrowed to unless the reader asks for every edition (src/lib/search.ts
 * `readerEdition`). The last edition read is in local storage, so it is read when a search starts, never
 * while rendering (the server has none).
 */
function useReaderEdition(): {pageEdition: string | null; resolve: () => string} {
  const page = useActiveVersion(undefined);
  const latest = useLatestVersion(undefined);
  const known = useVersions(undefined).map((version) => editionSlug(version.name));
  const pageEdition = page ? editionSlug(page.name) : null;
  return {pageEdition, resolve: () => readerEdition({pageEdition, lastRead: lastEdition(), latest: editionSlug(latest.name), known})};
}

/** The results for `input`, in the reader's edition or in every edition, at most `limit` of them with excerpts. */
export function useSearch(input: string, everyEdition: boolean, limit: number): SearchState {
  const root = useSiteRoot();
  const edition = useReaderEdition();
  const [state, setState] = useState<SearchState>(IDLE);
  const query = normaliseQuery(input);
  useEffect(() => {
    if (!query) {
      setState(IDLE);
      return undefined;
    }
    let current = true;
    setState((previous) => ({...previous, status: 'searching'}));
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const pagefind = await loadPagefind(root);
          const found = await pagefind.search(query, {filters: editionFilters(everyEdition ? ALL_EDITIONS : edition.resolve())});
          if (!found || !current) return;
          const fragments = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
          const relevant = fragments.filter((fragment) => matchesQuery(fragment, query));
          // Pagefind counts its fallback matches too; when some were dropped, only those kept are counted.
          const total = relevant.length === fragments.length ? found.results.length : relevant.length;
          if (current) setState({status: 'done', query, hits: relevant.map(toSearchHit), total});
        } catch {
          if (current) setState({status: 'unavailable', query, hits: [], total: 0});
        }
      })();
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // edition.resolve is a new function on each render; what it reads changes with the page's edition.
  }, [query, everyEdition, edition.pageEdition, limit, root]);
  return state;
}
