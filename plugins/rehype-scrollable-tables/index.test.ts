import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeScrollableTables from './index';

const mdx = async (value: string, path = '/site/docs/02-the-role/01-lesson.mdx') =>
  String(await compile({value, path}, {remarkPlugins: [remarkGfm, remarkMath], rehypePlugins: [rehypeKatex, rehypeScrollableTables], jsx: true}));

describe('rehype-scrollable-tables', () => {
  it('adds tabIndex 0 to tables and nothing else', async () => {
    const out = await mdx('| a | b |\n| - | - |\n| 1 | 2 |\n\nText.');
    expect(out).toContain('<_components.table tabIndex="0">');
    expect(out).not.toMatch(/<_components\.p tabIndex/);
  });

  it('lets a lesson table of three columns stack on a phone, each cell labelled with its header', async () => {
    const out = await mdx('| Stack | Runtime | Typing |\n| - | - | - |\n| **Go** | native | static |');
    expect(out).toContain('<_components.table className="table-stack" tabIndex="0">');
    expect(out).toContain('<_components.td data-label="Stack">');
    expect(out).toContain('<_components.td data-label="Typing">');
  });

  it("keeps a module page's lesson list a table", async () => {
    const out = await mdx('| Lesson | Level | Minutes |\n| - | - | - |\n| A | mid | 30 |', '/site/docs/02-the-role/index.mdx');
    expect(out).not.toContain('table-stack');
    expect(out).not.toContain('data-label');
  });

  it("makes display math a focusable group named in the page's language", async () => {
    const out = await mdx('$$\nx = 1\n$$\n', '/site/i18n/es/docusaurus-plugin-content-docs/current/04-skills/02-x.mdx');
    expect(out).toMatch(/className="katex-display" tabIndex="0" role="group" aria-label="Fórmula"/);
  });
});
