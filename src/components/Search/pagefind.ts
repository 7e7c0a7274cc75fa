/**
 * Pagefind's search API (build/pagefind/pagefind.js, written by scripts/search-index.ts), loaded the
 * first time a reader focuses or types in a search field, never with the page: a reader who does not
 * search downloads none of it. Pagefind then fetches only the index chunks and excerpts a query needs,
 * in the language of the page's `<html lang>`.
 */
import type {PagefindFragment} from '@site/src/lib/search';

export type PagefindSearch = {
  results: {data: () => Promise<PagefindFragment>}[];
};

type PagefindModule = {
  options: (options: {baseUrl?: string; excerptLength?: number}) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: {filters?: Record<string, string>}) => Promise<PagefindSearch | null>;
};

/** Words around the matched ones in an excerpt: enough to read on a phone in two lines or three. */
const EXCERPT_WORDS = 24;

let loading: Promise<PagefindModule> | null = null;

/**
 * The loaded API, or the loading under way. A failed load (offline, or the bundle missing) is forgotten,
 * so the next query tries again.
 */
export function loadPagefind(siteRoot: string): Promise<PagefindModule> {
  if (!loading) {
    const url = `${siteRoot}pagefind/pagefind.js`;
    loading = (import(/* webpackIgnore: true */ url) as Promise<PagefindModule>).then(async (pagefind) => {
      // Result addresses are relative to the built site's root; a fork may serve it under a path.
      await pagefind.options({baseUrl: siteRoot, excerptLength: EXCERPT_WORDS});
      await pagefind.init();
      return pagefind;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
