import MDXComponents from '@theme-original/MDXComponents';
import LessonObjectives from '@site/src/components/LessonObjectives';
import LessonSources from '@site/src/components/LessonSources';

// Only the two tiny lesson-frame components are global; widgets are imported by the pages that use
// them so that other pages never load their JavaScript.
export default {...MDXComponents, LessonObjectives, LessonSources};
