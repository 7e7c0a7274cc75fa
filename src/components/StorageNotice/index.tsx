import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {StorageStatus} from '@site/src/lib/progress-store';
import styles from './styles.module.css';

/** Tells the learner when ticks cannot be kept on this device, or when saved data had to be set aside. */
export default function StorageNotice({status, showProgressLink = true}: {status: StorageStatus; showProgressLink?: boolean}): ReactNode {
  let message: string | null = null;
  if (status === 'unavailable') {
    message = translate({
      id: 'progress.notice.unavailable',
      message: 'This browser is not letting the site save data, so your ticks last only while this page is open.',
    });
  } else if (status === 'full') {
    message = translate({
      id: 'progress.notice.full',
      message: "This browser's storage is full, so your last tick was not saved. Export your progress to keep it.",
    });
  } else if (status === 'recovered') {
    message = translate({
      id: 'progress.notice.recovered',
      message:
        'The progress saved in this browser could not be read. A copy was kept aside, unchanged, and new ticks are saved from now on.',
    });
  }
  if (message === null) return null;
  return (
    <p className={styles.notice} role="alert">
      {message}{' '}
      {showProgressLink && (
        <Link to="/progress/">{translate({id: 'progress.notice.link', message: 'See My progress.'})}</Link>
      )}
    </p>
  );
}
