import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import {darkCodeTheme, lightCodeTheme} from '../../src/lib/prismThemes';
import rehypeHighlightCode, {parseMeta, tokenCss} from './index';

// Compiled to plain JavaScript, so attribute values appear as JS strings (JSX would entity-encode them).
const mdx = async (source: string) => String(await compile(source, {rehypePlugins: [rehypeHighlightCode]}));

describe('rehype-highlight-code', () => {
  it('turns a fence into token HTML with its language and title on the pre', async () => {
    const out = await mdx('```sql title="refunds.sql"\nSELECT id FROM refunds WHERE amount < 5;\n```');
    expect(out).toContain('"data-language": "sql"');
    expect(out).toContain('"data-title": "refunds.sql"');
    expect(out).toContain('<span class=\\"token keyword\\">SELECT</span>');
    expect(out).toContain('<span class=\\"token operator\\">&lt;</span>');
    expect(out).not.toContain('_components.code');
  });

  it('loads a language on first use and keeps plain text plain, escaped', async () => {
    expect(await mdx('```dockerfile\nFROM node:20\n```')).toContain('token instruction');
    const text = await mdx('```text\nGET /refunds?a=1&b=<2>\n```');
    expect(text).not.toContain('token');
    expect(text).toContain('GET /refunds?a=1&amp;b=&lt;2&gt;');
  });

  it('fails with the line on an unknown language or fence option', async () => {
    await expect(mdx('Intro.\n\n```tss\nconst a = 1;\n```')).rejects.toMatchObject({line: 3, reason: expect.stringMatching(/^Unknown code language "tss"/)});
    await expect(mdx('```ts {2}\nconst a = 1;\n```')).rejects.toThrow(/option "\{2\}" is not supported/);
  });

  it('reads the title out of the fence meta', () => {
    expect(parseMeta('title="cmd/api/main.go"')).toEqual({title: 'cmd/api/main.go'});
    expect(parseMeta(undefined)).toEqual({});
  });
});

describe('token stylesheet', () => {
  const css = tokenCss(lightCodeTheme, darkCodeTheme);
  it('gives each theme its colours, the light ones never in dark mode', () => {
    const comment = (theme: typeof lightCodeTheme) => theme.styles.find((s) => s.types.includes('comment'))!.style.color!;
    expect(css).toContain(`:root:not([data-theme='dark']) .token.comment`);
    expect(css).toMatch(new RegExp(`\\[data-theme='dark'\\] \\.token\\.comment[^{]*\\{[^}]*color: ${comment(darkCodeTheme).replace(/[()]/g, '\\$&')}`));
    expect(css).toContain(`--lbp-code-background: ${darkCodeTheme.plain.backgroundColor}`);
    expect(css).not.toMatch(/^\.token/m);
  });
});
