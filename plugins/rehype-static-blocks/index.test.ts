import {describe, expect, it} from 'vitest';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {compile, run} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeStaticBlocks from './index';
import StaticBlock from '../../src/components/StaticBlock';

const LESSON = `
A paragraph with **bold**, \`code\`, an [external link](https://www.rfc-editor.org/rfc/rfc9457) and $O(n \\log n)$.

- one item
- two, with *emphasis*

| Level | Hours |
| :-- | --: |
| junior | 4 |

> A quote.

A paragraph with an [internal link](/docs/next/) stays as elements.

## A heading

<admonition type="note">

A quote of [another lesson](/docs/next/) in an admonition.

</admonition>

- an item with a [link](/docs/next/)
- an item with <Box>a component</Box>

<Box>A component's paragraph.</Box>
`;

const Box = ({children}: {children: React.ReactNode}) => React.createElement('div', {className: 'box'}, children);
const Admonition = ({children}: {children: React.ReactNode}) => React.createElement('aside', null, children);

async function html(rehypePlugins: unknown[]): Promise<{html: string; code: string}> {
  const options = {remarkPlugins: [remarkGfm, remarkMath], rehypePlugins: [rehypeKatex, ...rehypePlugins]} as Parameters<typeof compile>[1];
  const code = String(await compile(LESSON, {...options, outputFormat: 'function-body'}));
  const {default: Content} = await run(code, {...runtime, baseUrl: import.meta.url});
  return {html: renderToStaticMarkup(React.createElement(Content, {components: {Box, StaticBlock, admonition: Admonition}})), code};
}

describe('rehype-static-blocks', () => {
  it('renders exactly the same HTML', async () => {
    expect((await html([rehypeStaticBlocks])).html).toBe((await html([])).html);
  });

  it('hands plain blocks over as inner HTML and keeps the others as elements', async () => {
    const {code} = await html([rehypeStaticBlocks]);
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(4);
    expect(code).toContain('href: "/docs/next/"');
    expect(code).toContain('"A component\'s paragraph."');
    expect(code.match(/_jsxs?\(StaticBlock/g)).toHaveLength(4);
    expect(code).not.toMatch(/_components\.strong|"katex"/);
  });
});
