import {describe, expect, it} from 'vitest';
import {lint} from 'markdownlint/promise';
import rules from './rules';

const lesson = `---\ntitle: x\n---\n\n## Intro\n\nToo short.\n`;

async function findings(name: string, content: string): Promise<string[]> {
  const results = await lint({strings: {[name]: content}, customRules: rules as never, config: {default: false, LBP001: true, LBP002: true, LBP003: true}});
  return (results[name] ?? []).map((r) => `${r.lineNumber}: ${r.errorDetail ?? ''}`);
}

describe('markdownlint lesson rules', () => {
  it('reports layout problems at file lines in lesson files', async () => {
    const found = await findings('docs/02-the-role/09-new.mdx', lesson);
    expect(found).toContainEqual('5: The first section must be "## What you will learn" followed by <LessonObjectives />; found "## Intro".');
    expect(found.some((f) => f.includes('Missing sections "## Try it"'))).toBe(true);
  });

  it('leaves module pages, blog posts and project docs alone', async () => {
    expect(await findings('docs/02-the-role/index.mdx', lesson)).toEqual([]);
    expect(await findings('blog/2026-11-28-welcome.md', lesson)).toEqual([]);
    expect(await findings('README.md', lesson)).toEqual([]);
  });

  it('checks translated and released lessons too', async () => {
    expect((await findings('versioned_docs/version-2026/02-the-role/09-new.mdx', lesson)).length).toBeGreaterThan(0);
  });
});

describe('figure-needs-source', () => {
  const withSources = (body: string) =>
    `---\ntitle: x\nsources:\n  - title: LATAM salary breakdown\n    publisher: ParallelStaff\n    year: 2026\n---\n\n${body}\n`;

  it('flags a money figure without its source, at its line', async () => {
    const found = await findings('docs/06-salaries/09-x.mdx', withSources('## What you will learn\n\nA senior earns USD 90,000.'));
    expect(found).toContainEqual(expect.stringMatching(/^11: "USD 90,000" is a figure without a source/));
  });

  it('accepts the figure when the paragraph names the publisher', async () => {
    const found = await findings('docs/06-salaries/09-x.mdx', withSources("ParallelStaff's 2026 breakdown puts it at USD 90,000."));
    expect(found.filter((f) => f.includes('without a source'))).toEqual([]);
  });
});

describe('stretch-step', () => {
  const tryIt = (heading: string, body: string) => `---\ntitle: x\n---\n\n${heading}\n\n${body}\n`;
  const stretchFindings = async (name: string, content: string) => (await findings(name, content)).filter((f) => f.includes('stretch step'));

  it('asks for a stretch step in Next lessons, in each locale, at the "Try it" heading', async () => {
    expect(await stretchFindings('docs/02-the-role/09-new.mdx', tryIt('## Try it', 'Write it.'))).toEqual([
      '5: "## Try it" needs a stretch step: a paragraph that starts with "**Stretch:**" and extends the exercise for readers who want more.',
    ]);
    const es = 'i18n/es/docusaurus-plugin-content-docs/current/02-the-role/09-new.mdx';
    expect(await stretchFindings(es, tryIt('## Inténtalo', 'Escríbelo.'))).toHaveLength(1);
    expect(await stretchFindings(es, tryIt('## Inténtalo', 'Escríbelo.\n\n**Desafío extra:** Más.'))).toEqual([]);
    const pt = 'i18n/pt-BR/docusaurus-plugin-content-docs/current/02-the-role/09-new.mdx';
    expect(await stretchFindings(pt, tryIt('## Mão na massa', 'Escreva.\n\n**Desafio extra:** Mais.'))).toEqual([]);
  });

  it('accepts the labelled step', async () => {
    expect(await stretchFindings('docs/02-the-role/09-new.mdx', tryIt('## Try it', 'Write it.\n\n**Stretch:** Go further.'))).toEqual([]);
  });

  it('leaves the released edition alone, which predates the rule', async () => {
    expect(await stretchFindings('versioned_docs/version-2026/02-the-role/09-new.mdx', tryIt('## Try it', 'Write it.'))).toEqual([]);
    const released = 'i18n/es/docusaurus-plugin-content-docs/version-2026/02-the-role/09-new.mdx';
    expect(await stretchFindings(released, tryIt('## Inténtalo', 'Escríbelo.'))).toEqual([]);
  });
});
