import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {HtmlClassNameProvider} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {PAGE_RESULT_LIMIT} from '@site/src/lib/search';
import {QUERY_PARAM, searchWithQuery} from '@site/src/lib/search-query';
import {Excerpt} from './Excerpt';
import {everyEditionLabel, searchLabel, useStatusMessage} from './strings';
import {usePreloadSearch, useSearch} from './useSearch';
import styles from './styles.module.css';

/**
 * The search page, `/search/?q=…`: the address holds the query, so a search can be shared and is there
 * again after a reload. The server renders the empty page; the query is read from the address once the
 * page has hydrated, and the address is written only when the query really changes.
 */
export default function SearchPage(): ReactNode {
  const title = translate({id: 'search.page.title', message: 'Search the lessons'});
  return (
    // A class that reserves a screen's height for results, so that they never push the footer (src/css/custom.css).
    <HtmlClassNameProvider className="search-page">
      <Layout
        title={title}
        description={translate({id: 'search.page.description', message: 'Search every lesson of LATAM Backend Path.', description: 'Meta description of the search page'})}>
        <main className="container margin-vert--lg">
          <Heading as="h1">{title}</Heading>
          <SearchPageContent />
        </main>
      </Layout>
    </HtmlClassNameProvider>
  );
}

function SearchPageContent(): ReactNode {
  const id = useId();
  const location = useLocation();
  const history = useHistory();
  const preload = usePreloadSearch();
  const statusMessage = useStatusMessage();
  const [input, setInput] = useState('');
  const [everyEdition, setEveryEdition] = useState(false);
  const state = useSearch(input, everyEdition, PAGE_RESULT_LIMIT);

  // The query last read from the address: the address is written only for what the reader typed since.
  const fromAddress = useRef('');
  // Declared before the effect that reads the address, so that on the first render it sees nothing typed.
  useEffect(() => {
    if (input === fromAddress.current) return;
    const search = searchWithQuery(window.location.search, input);
    if (search !== null) history.replace({search});
    // history is stable; only what the reader types writes the address.
  }, [input]);

  // The address's query, read after hydration (the server rendered none) and whenever the address changes.
  useEffect(() => {
    fromAddress.current = new URLSearchParams(location.search).get(QUERY_PARAM) ?? '';
    setInput(fromAddress.current);
  }, [location.search]);

  return (
    <>
      <form role="search" className={styles.pageForm} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id} className={styles.pageLabel}>
          {searchLabel()}
        </label>
        <input
          id={id}
          type="search"
          name={QUERY_PARAM}
          className={styles.pageInput}
          autoComplete="off"
          spellCheck={false}
          value={input}
          onFocus={preload}
          onChange={(event) => setInput(event.target.value)}
        />
        <label className={styles.editions}>
          <input type="checkbox" checked={everyEdition} onChange={(event) => setEveryEdition(event.target.checked)} />
          {everyEditionLabel()}
        </label>
      </form>
      <p role="status" className={styles.pageStatus}>
        {statusMessage(state)}
      </p>
      <ol className={styles.results}>
        {state.hits.map((hit) => (
          <li key={hit.url} className={styles.result}>
            <Heading as="h2" className={styles.resultTitle}>
              <Link to={hit.url}>
                {hit.title}
                {hit.section && <span className={styles.resultSection}>{hit.section}</span>}
              </Link>
            </Heading>
            <p className={styles.resultExcerpt}>
              <Excerpt parts={hit.excerpt} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
