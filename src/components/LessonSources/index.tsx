import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {citationTail} from '@site/src/lib/citation';
import {formatDate} from '@site/src/lib/dates';
import type {Source} from '@site/src/lib/frontmatter';
import styles from './styles.module.css';

/**
 * The lesson's `sources` from its frontmatter, as a citation list (title, publisher, year, link), with
 * the day each country rule was last read when the entry has `checked`, so readers know how fresh it is.
 */
export default function LessonSources(): ReactNode {
  const {frontMatter} = useDoc();
  const {i18n} = useDocusaurusContext();
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
          {source.checked === undefined
            ? null
            : ` ${translate(
                {id: 'lessonSources.checked', message: 'Checked {date}.', description: 'After a source in a lesson: the day someone last read it'},
                {date: formatDate(source.checked, i18n.currentLocale, 'short')},
              )}`}
        </li>
      ))}
    </ol>
  );
}
