import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import LessonProgress from '@site/src/components/LessonProgress';

/**
 * The theme's doc footer, preceded on a lesson by its "lesson read" box (which also keeps the reading
 * place), and followed on narrow screens by a plain "back to top" link, which replaces the floating
 * button there (src/css/custom.css says why). The link needs no JavaScript: it goes to the page's root.
 */
export default function FooterWrapper(): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const isLesson = typeof (frontMatter as {minutes?: unknown}).minutes === 'number';
  return (
    <>
      {isLesson && <LessonProgress lesson={metadata.id} title={metadata.title} permalink={metadata.permalink} />}
      <Footer />
      <a className="back-to-top-link" href="#__docusaurus">
        {translate({id: 'theme.BackToTopButton.buttonAriaLabel', message: 'Scroll back to top', description: 'The ARIA label for the back to top button'})}
      </a>
    </>
  );
}
