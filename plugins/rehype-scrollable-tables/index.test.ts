import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import rehypeScrollableTables from './index';

describe('rehype-scrollable-tables', () => {
  it('adds tabIndex 0 to tables and nothing else', async () => {
    const out = String(
      await compile('| a | b |\n| - | - |\n| 1 | 2 |\n\nText.', {remarkPlugins: [remarkGfm], rehypePlugins: [rehypeScrollableTables], jsx: true}),
    );
    expect(out).toContain('<_components.table tabIndex="0">');
    expect(out).not.toMatch(/<_components\.p tabIndex/);
  });
});
