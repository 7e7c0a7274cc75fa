import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {PageMetadata} from '@docusaurus/theme-common';
import {learningResource} from '@site/src/lib/structuredData';
import {SOCIAL_CARDS} from '@site/src/lib/socialCards';

type Props = WrapperProps<typeof MetadataType>;

/**
 * Adds schema.org LearningResource data to lessons (pages whose frontmatter has minutes and objectives),
 * and the lesson or module social card (a page without that data is a module overview), unless the page
 * names its own `image`.
 */
export default function MetadataWrapper(props: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const {siteConfig, i18n} = useDocusaurusContext();
  const data = learningResource({
    title: metadata.title,
    description: metadata.description,
    url: new URL(metadata.permalink, siteConfig.url).href,
    locale: i18n.currentLocale,
    frontMatter: frontMatter as Record<string, unknown>,
  });
  return (
    <>
      <Metadata {...props} />
      {!frontMatter.image && <PageMetadata image={SOCIAL_CARDS[data ? 'lesson' : 'module'].file} />}
      {data && (
        <Head>
          <script type="application/ld+json">{JSON.stringify(data)}</script>
        </Head>
      )}
    </>
  );
}
