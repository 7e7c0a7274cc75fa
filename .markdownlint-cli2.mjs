// Markdown style for lessons, blog posts and project docs, plus the lesson-layout rules.
// Run with `npm run lint:md` (it loads the TypeScript rules through tsx).
export default {
  config: {
    default: true,
    MD013: false, // prose is wrapped by writers' editors, not by a column limit
    MD033: false, // MDX components (<Checklist>, <details>) are part of the lesson format
    MD036: false, // self-check questions are bold paragraphs, not headings, to keep the table of contents short
    MD041: false, // the page title comes from frontmatter
    MD024: {siblings_only: true},
    MD046: {style: 'fenced'},
    MD029: false, // numbered lists may continue across paragraphs and sections
    MD049: {style: 'consistent'},
    MD010: {code_blocks: false}, // Go samples are indented with tabs, as gofmt writes them
    MD050: {style: 'asterisk'},
  },
  customRules: ['./scripts/markdownlint/rules.ts'],
  globs: ['docs/**/*.{md,mdx}', 'versioned_docs/**/*.{md,mdx}', 'i18n/**/*.{md,mdx}', 'blog/**/*.{md,mdx}', '*.md'],
  ignores: ['node_modules/**', 'build/**'],
};
