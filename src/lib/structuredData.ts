/** schema.org LearningResource for a lesson, or null for pages that are not lessons. */
export function learningResource({
  title,
  description,
  url,
  locale,
  frontMatter,
}: {
  title: string;
  description: string;
  url: string;
  locale: string;
  frontMatter: Record<string, unknown>;
}): Record<string, unknown> | null {
  const {minutes, objectives, level} = frontMatter;
  if (typeof minutes !== 'number' || !Array.isArray(objectives)) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: title,
    description,
    url,
    inLanguage: locale,
    learningResourceType: 'Lesson',
    educationalLevel: typeof level === 'string' ? level : undefined,
    timeRequired: `PT${minutes}M`,
    teaches: objectives.map(String),
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isPartOf: {'@type': 'Course', name: 'LATAM Backend Path'},
  };
}
