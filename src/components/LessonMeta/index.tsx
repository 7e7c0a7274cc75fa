import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {levelName} from '@site/src/lib/levels';
import styles from './styles.module.css';

/**
 * The line under a lesson's title: its level and its minutes, as the doc's frontmatter gives them
 * (never recomputed here). Plain server-rendered text.
 */
export default function LessonMeta({minutes, level}: {minutes: number; level: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <p className={styles.meta}>
      {translate(
        {id: 'lesson.meta', message: 'Level: {level} · about {minutes} min of reading and exercises'},
        {level: levelName(level, i18n.currentLocale), minutes},
      )}
    </p>
  );
}
