import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {HtmlClassNameProvider, usePluralForm} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import useSearchQuery from '@site/src/lib/useSearchQuery';
import {
  fetchIndexesByWorker,
  getStemmedPositions,
  highlight,
  highlightStemmed,
  LoadingRing,
  searchByWorker,
  SearchDocumentType,
  type SearchResult,
} from '@site/src/lib/search-plugin';
import styles from './styles.module.css';

/** The most results the page lists, and the most characters of a result's text it shows around the
 * matched terms; both as in the plugin's own page. */
const RESULT_LIMIT = 100;
const EXCERPT_LENGTH = 100;

/**
 * The search page: the search plugin's index, worker and highlighting, in the site's own page.
 *
 * It replaces the plugin's page, which rendered every result (52 for "idempotency") in one
 * uninterruptible task once the worker answered, the longest task of the page on a phone. Here the
 * results arrive in a transition, which React renders in slices. The page also has its `<main>`
 * landmark, a description, and a class that reserves a screen's height for results (without it they
 * pushed the footer down the screen: Lighthouse CLS 0.59 on a phone). Result links carry no
 * highlighting parameters: the site leaves the plugin's `highlightSearchTermsOnTargetPage` off. The
 * page stays indexable, as the plugin's page was in effect (its robots tag used `property`, which
 * crawlers ignore), so it stays in the sitemap and in the browser tests' crawl.
 */
export default function SearchPage(): ReactNode {
  // The page's own providers add their classes to this one (a plain <html className> would be replaced).
  return (
    <HtmlClassNameProvider className="search-page">
      <Layout>
        <Head>
          <meta
            name="description"
            content={translate({id: 'search.page.description', message: 'Search every lesson and blog post of LATAM Backend Path.'})}
          />
        </Head>
        <main>
          <SearchPageContent />
        </main>
      </Layout>
    </HtmlClassNameProvider>
  );
}

function SearchPageContent(): ReactNode {
  const {siteConfig: {baseUrl}} = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const {searchValue, searchVersion, updateSearchPath} = useSearchQuery();
  const [query, setQuery] = useState(searchValue);
  const [results, setResults] = useState<SearchResult[]>();
  const [indexLoaded, setIndexLoaded] = useState(false);
  const versionUrl = `${baseUrl}${searchVersion}`;

  // The address's query is read once hydration is over (the server rendered none).
  useEffect(() => {
    if (searchValue && searchValue !== query) setQuery(searchValue);
  }, [searchValue]);

  useEffect(() => {
    updateSearchPath(query);
    if (!query) {
      setResults(undefined);
      return undefined;
    }
    let answersCurrentQuery = true;
    void searchByWorker(versionUrl, '', query, RESULT_LIMIT).then((found) => {
      if (answersCurrentQuery) startTransition(() => setResults(found));
    });
    return () => {
      answersCurrentQuery = false;
    };
    // updateSearchPath is a new function on each render and only writes the address.
  }, [query, versionUrl]);

  useEffect(() => {
    void fetchIndexesByWorker(versionUrl, '').then(() => setIndexLoaded(true));
  }, [versionUrl]);

  const title = query
    ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Search results for "{query}"'}, {query})
    : translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the documentation'});

  return (
    <div className="container margin-vert--lg">
      <Head>
        <title>{title}</title>
      </Head>
      <h1>{title}</h1>
      <input
        type="search"
        name="q"
        className={styles.queryInput}
        aria-label={translate({id: 'theme.SearchBar.label', message: 'Search'})}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        autoFocus
      />
      {!indexLoaded && query && <LoadingRing />}
      {results && (
        <p>
          {results.length > 0
            ? selectMessage(results.length, translate({id: 'theme.SearchPage.documentsFound.plurals', message: '1 document found|{count} documents found'}, {count: results.length}))
            : translate({id: 'theme.SearchPage.noResultsText', message: 'No documents were found'})}
        </p>
      )}
      <section>
        {results?.map((result) => <SearchResultItem key={result.document.i} result={result} />)}
      </section>
    </div>
  );
}

function SearchResultItem({result: {document, type, page, tokens, metadata}}: {result: SearchResult}): ReactNode {
  const isTitle = type === SearchDocumentType.Title;
  const isContent = type === SearchDocumentType.Content;
  const isDescription = type === SearchDocumentType.Description;
  const isDescriptionOrKeywords = isDescription || type === SearchDocumentType.Keywords;
  // Where the result sits: the page's breadcrumbs, then the page itself unless the result is the page.
  const path = [...((isTitle ? document.b : page?.b) ?? []), ...(isTitle || isDescriptionOrKeywords || !page ? [] : [page.t])];
  const titleHtml =
    isContent || isDescriptionOrKeywords
      ? highlight(document.s ?? '', tokens)
      : highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, EXCERPT_LENGTH);
  return (
    <article className={styles.result}>
      <h2>
        <Link to={document.u + (document.h ?? '')} dangerouslySetInnerHTML={{__html: titleHtml}} />
      </h2>
      {path.length > 0 && <p className={styles.resultPath}>{path.join(' › ')}</p>}
      {(isContent || isDescription) && (
        <p className={styles.resultSummary} dangerouslySetInnerHTML={{__html: highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, EXCERPT_LENGTH)}} />
      )}
    </article>
  );
}
