import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkModuleSummary from './index';

const lesson = (title: string, minutes: number, level: string) =>
  `---\ntitle: ${title}\nminutes: ${minutes}\nlevel: ${level}\n---\n\nBody.\n`;

let root: string;
afterEach(() => rmSync(root, {recursive: true, force: true}));

async function render(dir: string): Promise<string> {
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, '01-first.mdx'), lesson('First lesson', 50, 'junior'));
  writeFileSync(join(dir, '02-second.mdx'), lesson('Second lesson', 45, 'mid'));
  const path = join(dir, 'index.mdx');
  return String(await compile({value: '## Lessons\n\n<ModuleSummary />\n', path}, {remarkPlugins: [remarkModuleSummary, remarkGfm], jsx: true}));
}

describe('remark-module-summary', () => {
  it('sums the lessons minutes into hours and lists each lesson with a link', async () => {
    root = mkdtempSync(join(tmpdir(), 'module-'));
    const out = await render(join(root, 'docs', '02-the-role'));
    expect(out).toContain('{" about 1.5 hours (2 lessons, reading and exercises)."}');
    expect(out).toContain('href="./01-first.mdx"');
    expect(out).toContain('{"Second lesson"}');
    expect(out).not.toContain('ModuleSummary');
  });

  it("puts the learner's read mark beside each lesson, named by the lesson's doc id", async () => {
    root = mkdtempSync(join(tmpdir(), 'module-'));
    const out = await render(join(root, 'docs', '02-the-role'));
    expect(out).toContain("import LessonReadMark from '@site/src/components/LessonReadMark';");
    expect(out).toContain('<LessonReadMark lesson="the-role/first" />');
    expect(out).toContain('<LessonReadMark lesson="the-role/second" />');
  });

  it('writes the summary in the language of a translated module page', async () => {
    root = mkdtempSync(join(tmpdir(), 'module-'));
    const out = await render(join(root, 'i18n', 'pt-BR', 'docusaurus-plugin-content-docs', 'current', '02-the-role'));
    expect(out).toContain('{" cerca de 1,5 horas (2 aulas, leitura e exercícios)."}');
    expect(out).toContain('{"pleno"}');
  });
});
