import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {translate} from '@docusaurus/Translate';
import {citationTail} from '@site/src/lib/citation';
import type {Source} from '@site/src/lib/frontmatter';
import styles from './styles.module.css';

/** The lesson's `sources` from its frontmatter, as a citation list (title, publisher, year, link). */
export default function LessonSources(): ReactNode {
  const {frontMatter} = useDoc();
  const sources = (frontMatter as {sources?: Source[]}).sources ?? [];
  const noDate = translate({
    id: 'lessonSources.noDate',
    message: 'n.d.',
    description: 'In a lesson\'s Sources list, the year of a source that gives no date (the citation abbreviation for "no date")',
  });
  return (
    <ol className={styles.sources}>
      {sources.map((source) => (
        <li key={`${source.publisher}-${source.title}`}>
          {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
          {citationTail(source, noDate)}
        </li>
      ))}
    </ol>
  );
}
