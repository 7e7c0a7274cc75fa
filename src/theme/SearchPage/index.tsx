import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {HtmlClassNameProvider} from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';

/**
 * The search plugin's page, with what it lacks: a description (search engines and link previews), and
 * a class that reserves a screen's height for results. The results arrive after the index loads; without
 * the reserved height they pushed the footer down the screen (Lighthouse CLS 0.59 on a phone).
 */
export default function SearchPageWrapper(): ReactNode {
  // The page's own providers add their classes to this one (a plain <html className> would be replaced).
  return (
    <HtmlClassNameProvider className="search-page">
      <Head>
        <meta
          name="description"
          content={translate({id: 'search.page.description', message: 'Search every lesson and blog post of LATAM Backend Path.'})}
        />
      </Head>
      <SearchPage />
    </HtmlClassNameProvider>
  );
}
