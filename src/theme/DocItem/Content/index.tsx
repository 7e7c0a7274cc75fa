import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import LessonMeta from '@site/src/components/LessonMeta';

/**
 * The theme's doc content, with a lesson's level and minutes right under its title: the theme renders
 * the title, then its children, so the line goes first among them.
 */
export default function ContentWrapper({children, ...props}: WrapperProps<typeof ContentType>): ReactNode {
  const {frontMatter} = useDoc();
  const {minutes, level} = frontMatter as {minutes?: unknown; level?: unknown};
  const isLesson = typeof minutes === 'number' && typeof level === 'string';
  return (
    <Content {...props}>
      {isLesson && <LessonMeta minutes={minutes} level={level} />}
      {children}
    </Content>
  );
}
