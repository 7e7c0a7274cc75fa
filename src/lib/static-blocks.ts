/**
 * The blocks of MDX content that plugins/rehype-static-blocks may hand to src/components/StaticBlock,
 * which the browser does not hydrate. One list for both, so that the plugin never marks a tag the
 * component cannot render.
 */
export const STATIC_BLOCK_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'blockquote'] as const;

export type StaticBlockTag = (typeof STATIC_BLOCK_TAGS)[number];
