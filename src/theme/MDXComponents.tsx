import React, {type ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import MDXA from '@theme/MDXComponents/A';
import MDXDetails from '@theme/MDXComponents/Details';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXUl from '@theme/MDXComponents/Ul';
import MDXLi from '@theme/MDXComponents/Li';
import MDXImg from '@theme/MDXComponents/Img';
import Admonition from '@theme/Admonition';
import CodeBlock from '@site/src/components/CodeBlock';
import LessonObjectives from '@site/src/components/LessonObjectives';
import LessonSources from '@site/src/components/LessonSources';
import StaticBlock from '@site/src/components/StaticBlock';
import Term from '@site/src/components/Term';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;
const heading = (as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') =>
  function Heading(props: HeadingProps) {
    return <MDXHeading as={as} {...props} />;
  };

// The theme's list, built here instead of spread from it: the theme's `pre` and `code` import its
// Prism code block, and code arrives already highlighted (plugins/highlight-code). `code` is left to
// the plain element, as inline code needs nothing more. Only the two small lesson-frame components,
// StaticBlock (which plugins/rehype-static-blocks writes into every page) and Term (a word's translation,
// a few bytes, in lessons of every module) are global; widgets are imported by the pages that use them,
// so other pages never load them.
export default {
  Head,
  details: MDXDetails,
  Details: MDXDetails,
  a: MDXA,
  pre: CodeBlock,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: heading('h1'),
  h2: heading('h2'),
  h3: heading('h3'),
  h4: heading('h4'),
  h5: heading('h5'),
  h6: heading('h6'),
  admonition: Admonition,
  LessonObjectives,
  LessonSources,
  StaticBlock,
  Term,
};
