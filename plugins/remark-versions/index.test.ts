import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkVersions from './index';
import {products} from '../../src/data/versions';

const mdx = async (source: string) =>
  // Parsed as Docusaurus parses docs: GFM (autolinks) and directives (admonitions) are on.
  String(await compile({value: source, path: 'docs/03-stacks/08-the-toolkit.mdx'}, {remarkPlugins: [remarkGfm, remarkDirective, remarkVersions], jsx: true}));

const node = `Node.js ${products.node.current}`;

describe('remark-versions', () => {
  it('replaces placeholders in prose, headings, inline code and code blocks', async () => {
    const out = await mdx(
      [
        '## Upgrading to %version/node%',
        '',
        'Use %version/node% with `%version/node.image%`; %release/go/1.22% added routing patterns.',
        '',
        '```dockerfile',
        'FROM %version/node.image% AS deps',
        '```',
        '',
        '```yaml',
        '- uses: %version/actions-checkout%',
        '  with:',
        '    node-version: %version/node.number%',
        '```',
      ].join('\n'),
    );
    expect(out).not.toContain('%version');
    expect(out).not.toContain('%release');
    expect(out).toContain(`Upgrading to ${node}`);
    expect(out).toContain('Go 1.22 added routing patterns');
    expect(out).toContain(`FROM node:${products.node.current}-trixie-slim AS deps`);
    expect(out).toContain(`uses: actions/checkout@${products['actions-checkout'].current}`);
    expect(out).toContain(`node-version: ${products.node.current}`);
  });

  it('leaves percent signs that are not placeholders alone', async () => {
    expect(await mdx('Error rate above 5% for 10% of users.')).toContain('Error rate above 5% for 10% of users.');
  });

  it('fails the build with file and line on an unknown placeholder', async () => {
    await expect(mdx('Intro.\n\nUse %version/nodejs% today.')).rejects.toThrow(/08-the-toolkit\.mdx:3: unknown product "nodejs"/);
    await expect(mdx('Since %release/go/1.9%, things.')).rejects.toThrow(/Go 1\.9 is not listed in src\/data\/versions\.ts/);
  });
});
