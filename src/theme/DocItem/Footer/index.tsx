import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import LessonProgress from '@site/src/components/LessonProgress';

/** The theme's doc footer, preceded on a lesson by its "lesson read" box (which also keeps the reading place). */
export default function FooterWrapper(): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const isLesson = typeof (frontMatter as {minutes?: unknown}).minutes === 'number';
  return (
    <>
      {isLesson && <LessonProgress lesson={metadata.id} title={metadata.title} permalink={metadata.permalink} />}
      <Footer />
    </>
  );
}
