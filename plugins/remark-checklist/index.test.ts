import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkChecklist, {escapeChecklistIdMarkers} from './index';

const mdx = async (source: string) =>
  String(
    await compile({value: escapeChecklistIdMarkers(source), path: 'docs/01-start-here/01-lesson.mdx'}, {
      remarkPlugins: [remarkGfm, remarkChecklist],
      jsx: true,
    }),
  );

const checklist = (items: string) => `## Checklist\n\n<Checklist>\n\n${items}\n\n</Checklist>\n`;

describe('remark-checklist', () => {
  it('turns task items into ChecklistItem elements with their ids, and imports the component', async () => {
    const out = await mdx(checklist('- [ ] I can explain `Idempotency-Key` headers. {#api-idempotency-keys}\n- [ ] I can page with a cursor. {#api-cursor-pagination}'));
    expect(out).toContain(`import {Checklist, ChecklistItem} from '@site/src/components/Checklist'`);
    expect(out).toContain(
      '<ChecklistItem id="api-idempotency-keys">{"I can explain "}<_components.code>{"Idempotency-Key"}</_components.code>{" headers."}</ChecklistItem>',
    );
    expect(out).toContain('<ChecklistItem id="api-cursor-pagination">{"I can page with a cursor."}</ChecklistItem>');
    expect(out).not.toContain('{#');
  });

  it('leaves documents without a checklist alone', async () => {
    const out = await mdx('# Title\n\n- [ ] a plain task {#not-a-checklist}\n');
    expect(out).not.toContain('ChecklistItem');
    expect(out).not.toContain('components/Checklist');
  });

  it('fails with the line and the fix when an item has no id', async () => {
    await expect(mdx(checklist('- [ ] I can explain idempotency.'))).rejects.toMatchObject({
      line: 5,
      message: expect.stringMatching(/^Checklist item has no id\. End the line with a permanent id/),
    });
  });

  it('fails on a malformed id', async () => {
    await expect(mdx(checklist('- [ ] I can do it. {#Bad_ID}'))).rejects.toThrow(/lowercase letters and digits/);
  });

  it('fails on a plain bullet inside a checklist', async () => {
    await expect(mdx(checklist('- I can do it. {#api-plain}'))).rejects.toThrow(/must be a task/);
  });

  it('escapes only markers at the end of list lines, keeping line numbers', () => {
    const source = '- [ ] one {#a-b}\ntext {#x}\n- [x] two {#c-d}  \n- plain {#e-f}';
    const escaped = escapeChecklistIdMarkers(source);
    expect(escaped).toBe('- [ ] one \\{#a-b\\}\ntext {#x}\n- [x] two \\{#c-d\\}\n- plain \\{#e-f\\}');
    expect(escaped.split('\n')).toHaveLength(source.split('\n').length);
  });
});
