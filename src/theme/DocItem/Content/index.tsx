import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {editionSlug} from '@site/src/lib/curriculum';

type Props = WrapperProps<typeof ContentType>;

/**
 * Marks a lesson's text for the search index (scripts/search-index.ts): only what is inside
 * `data-pagefind-body` is indexed, so navigation, sidebars, the table of contents and the footer stay
 * out of results, and the page's edition becomes the `edition` filter the search box narrows to.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {version} = useDocsVersion();
  return (
    <div data-pagefind-body="" data-pagefind-filter={`edition:${editionSlug(version)}`}>
      <Content {...props} />
    </div>
  );
}
