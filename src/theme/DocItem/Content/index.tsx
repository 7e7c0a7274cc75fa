import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import LessonMeta from '@site/src/components/LessonMeta';
import {editionSlug} from '@site/src/lib/curriculum';

/**
 * The theme's doc content, extended twice:
 * - a lesson's level and minutes right under its title (the theme renders the title, then its children,
 *   so the line goes first among them);
 * - the marks for the search index (scripts/search-index.ts): only what is inside `data-pagefind-body` is
 *   indexed, so navigation, sidebars, the table of contents and the footer stay out of results, and the
 *   page's edition becomes the `edition` filter the search box narrows to.
 */
export default function ContentWrapper({children, ...props}: WrapperProps<typeof ContentType>): ReactNode {
  const {frontMatter} = useDoc();
  const {version} = useDocsVersion();
  const {minutes, level} = frontMatter as {minutes?: unknown; level?: unknown};
  const isLesson = typeof minutes === 'number' && typeof level === 'string';
  return (
    <div data-pagefind-body="" data-pagefind-filter={`edition:${editionSlug(version)}`}>
      <Content {...props}>
        {isLesson && <LessonMeta minutes={minutes} level={level} />}
        {children}
      </Content>
    </div>
  );
}
