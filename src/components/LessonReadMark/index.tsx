import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useProgress} from '@site/src/lib/useProgress';
import styles from './styles.module.css';

/**
 * "✓ read" beside a lesson the learner has read, in a module's lesson table (plugins/remark-module-summary).
 * Nothing on the server: what a learner read is known only to their browser.
 */
export default function LessonReadMark({lesson}: {lesson: string}): ReactNode {
  const {record} = useProgress();
  if (!(lesson in record.read)) return null;
  return (
    <span className={styles.mark} data-lesson-read={lesson}>
      {' '}
      <span aria-hidden="true">✓ </span>
      {translate({id: 'lesson.readMark', message: 'read'})}
    </span>
  );
}
