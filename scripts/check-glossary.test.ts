import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {glossaryFindings} from './check-glossary';
import {glossary, otherLanguage} from '../src/data/glossary';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), text);
};

afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('check-glossary', () => {
  it('reports Next, the blog and UI strings with file:line, and leaves the released edition alone', () => {
    root = mkdtempSync(join(tmpdir(), 'glossary-'));
    write('i18n/es/docusaurus-plugin-content-docs/current/02-the-role/02-api-design.mdx', '---\ntitle: x\n---\n\nGuarda la idempotency key.\n');
    write('i18n/es/docusaurus-plugin-content-docs/version-2026/02-the-role/02-api-design.mdx', 'Guarda la idempotency key.\n');
    write('i18n/es/docusaurus-plugin-content-blog/2026-11-28-welcome.md', 'Turnos de plantão.\n');
    write('i18n/pt-BR/code.json', '{\n  "a": {\n    "message": "Nível mid-level"\n  }\n}\n');
    expect(glossaryFindings(root).map((f) => f.split(': ')[0])).toEqual([
      'i18n/es/docusaurus-plugin-content-blog/2026-11-28-welcome.md:1',
      'i18n/es/docusaurus-plugin-content-docs/current/02-the-role/02-api-design.mdx:5',
      'i18n/pt-BR/code.json:3',
    ]);
  });
});

describe('the glossary', () => {
  it('never lists a preferred term among the renderings to avoid', () => {
    for (const entries of Object.values(glossary)) {
      for (const entry of entries) {
        for (const avoid of entry.avoid) {
          const pattern = typeof avoid === 'string' ? new RegExp(`\\b${avoid}\\b`, 'i') : avoid;
          expect(pattern.test(entry.term), `${entry.en}: "${entry.term}" matches ${String(avoid)}`).toBe(false);
        }
      }
    }
  });

  it('gives each language its own markers', () => {
    expect(otherLanguage.es.letters).not.toMatch(/[ñ¿¡]/);
    expect(otherLanguage['pt-BR'].letters).not.toMatch(/[ãõç]/);
  });
});
