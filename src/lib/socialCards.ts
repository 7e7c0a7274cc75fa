/**
 * The social card (Open Graph / Twitter image) for each kind of page, so that a shared link shows what
 * it leads to. The images are drawn by scripts/social-cards.ts from the texts below and committed under
 * static/img/social/.
 */
export const SOCIAL_CARDS = {
  site: {file: 'img/social/site.png', kicker: 'Open learning path', line: 'From "I ship APIs" to hired by a remote team in the U.S. or Europe'},
  lesson: {file: 'img/social/lesson.png', kicker: 'Lesson', line: 'Objectives, worked examples, an exercise, a self-check and sources'},
  module: {file: 'img/social/module.png', kicker: 'Module', line: 'Lessons, learning objectives and estimated hours'},
  blog: {file: 'img/social/blog.png', kicker: 'Blog', line: 'Release notes, study-group guides and careful reading of salary data'},
} as const;

export type SocialCardKind = keyof typeof SOCIAL_CARDS;
