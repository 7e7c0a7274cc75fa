import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {lessonFrontMatter, parseLessonFrontMatter} from './index';
import {lessonMinutes} from '../../src/lib/lesson-minutes';

let site: string;
afterEach(() => rmSync(site, {recursive: true, force: true}));

const englishBody = `\n## Try it\n\n${'word '.repeat(2400)}It takes about 45 minutes.\n`;

function write(path: string, content: string): string {
  const full = join(site, path);
  mkdirSync(join(full, '..'), {recursive: true});
  writeFileSync(full, content);
  return full;
}

describe('lesson frontmatter hook', () => {
  it('derives minutes from the English lesson, for the lesson and its translation, and resolves versions', async () => {
    site = mkdtempSync(join(tmpdir(), 'site-'));
    const english = write('docs/01-a/01-x.mdx', `---\ntitle: On %version/node%\nexercise_minutes: 45\n---\n${englishBody}`);
    const translated = write('i18n/es/docusaurus-plugin-content-docs/current/01-a/01-x.mdx', '---\ntitle: Con %version/node%\n---\n\nPocas palabras.\n');
    const expected = lessonMinutes(englishBody, 45);
    expect(expected).toBe(70);
    expect(lessonFrontMatter(english, {title: 'On %version/node%', exercise_minutes: 45}, englishBody)).toMatchObject({minutes: 70, title: expect.stringMatching(/^On Node\.js \d+$/)});
    const parsed = await parseLessonFrontMatter({
      filePath: translated,
      fileContent: '',
      frontMatterResult: undefined,
      defaultParseFrontMatter: async () => ({frontMatter: {title: 'Con %version/node%'}, content: '\nPocas palabras.\n'}),
    } as unknown as Parameters<typeof parseLessonFrontMatter>[0]);
    expect(parsed.frontMatter).toMatchObject({minutes: 70, exercise_minutes: 45, title: expect.stringMatching(/^Con Node\.js \d+$/)});
  });

  it('leaves a released lesson\'s written minutes alone', () => {
    site = mkdtempSync(join(tmpdir(), 'site-'));
    const released = write('versioned_docs/version-2026/01-a/01-x.mdx', '---\nminutes: 45\n---\n');
    const translated = write('i18n/es/docusaurus-plugin-content-docs/version-2026/01-a/01-x.mdx', '---\nminutes: 45\n---\n');
    expect(lessonFrontMatter(released, {minutes: 45}, '').minutes).toBe(45);
    expect(lessonFrontMatter(translated, {minutes: 45}, '').minutes).toBe(45);
  });
});
