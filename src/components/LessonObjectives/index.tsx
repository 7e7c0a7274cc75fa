import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

/** The lesson's `objectives` from its frontmatter: one list that the syllabus and the page share. */
export default function LessonObjectives(): ReactNode {
  const {frontMatter} = useDoc();
  const objectives = (frontMatter as {objectives?: unknown}).objectives;
  if (!Array.isArray(objectives)) return null;
  return (
    <ul>
      {objectives.map((objective) => (
        <li key={String(objective)}>{String(objective)}</li>
      ))}
    </ul>
  );
}
