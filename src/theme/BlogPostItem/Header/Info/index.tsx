import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import {formatDate} from '@site/src/lib/dates';
import {pluralMessage} from '@site/src/lib/numbers';
import styles from './styles.module.css';

/**
 * The theme's post date and reading time, written by src/lib/dates.ts and src/lib/numbers.ts instead of
 * Intl formatters and plural rules (the reason is in those files).
 */
export default function BlogPostItemHeaderInfo({className}: Props): ReactNode {
  const {metadata} = useBlogPost();
  const {i18n} = useDocusaurusContext();
  const {date, readingTime} = metadata;
  const minutes = readingTime === undefined ? undefined : Math.ceil(readingTime);
  return (
    <div className={clsx(styles.container, 'margin-vert--md', className)}>
      <time dateTime={date}>{formatDate(date, i18n.currentLocale, 'long')}</time>
      {minutes !== undefined && (
        <>
          {' · '}
          {pluralMessage(
            minutes,
            i18n.currentLocale,
            translate({id: 'theme.blog.post.readingTime.plurals', message: 'One min read|{readingTime} min read'}, {readingTime: minutes}),
          )}
        </>
      )}
    </div>
  );
}
