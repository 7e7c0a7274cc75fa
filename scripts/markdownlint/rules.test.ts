import {describe, expect, it} from 'vitest';
import {lint} from 'markdownlint/promise';
import rules from './rules';

const lesson = `---\ntitle: x\n---\n\n## Intro\n\nToo short.\n`;

async function findings(name: string, content: string): Promise<string[]> {
  const results = await lint({strings: {[name]: content}, customRules: rules as never, config: {default: false, LBP001: true, LBP002: true}});
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
    expect(await findings('i18n/es/docusaurus-plugin-content-blog/2026-11-28-welcome.md', lesson)).toEqual([]);
    expect(await findings('README.md', lesson)).toEqual([]);
  });

  it('checks translated and released lessons too', async () => {
    expect((await findings('versioned_docs/version-2026/02-the-role/09-new.mdx', lesson)).length).toBeGreaterThan(0);
    expect((await findings('i18n/pt-BR/docusaurus-plugin-content-docs/current/02-the-role/09-new.mdx', lesson)).length).toBeGreaterThan(0);
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
