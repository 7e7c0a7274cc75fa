/**
 * `npm run check:glossary` (part of npm test): every translated page, blog post, sidebar and UI string in
 * i18n/ uses the glossary's terms (src/data/glossary.ts) and no word of the other translation. Prints
 * file:line, what it found and the term to use; exits 1 when it finds something.
 * Released editions (i18n/<locale>/docusaurus-plugin-content-docs/version-*) are not checked: they do
 * not change except to fix an error (CONTRIBUTING.md, Editions).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {checkGlossary} from '../src/lib/glossary-check';
import type {GlossaryLocale} from '../src/data/glossary';
import {ROOT} from './content-files';

const LOCALES: readonly GlossaryLocale[] = ['es', 'pt-BR'];
const CHECKED = /\.(mdx?|json|ya?ml)$/;
const RELEASED = /(^|[\\/])docusaurus-plugin-content-docs[\\/]version-[^\\/]+([\\/]|\.json$)/;

export function glossaryFindings(root = ROOT): string[] {
  const findings: string[] = [];
  for (const locale of LOCALES) {
    const dir = join(root, 'i18n', locale);
    const files = readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((name) => CHECKED.test(name) && !RELEASED.test(name))
      .sort();
    for (const name of files) {
      const inContent = name.replace(/^docusaurus-plugin-content-docs[\\/]current[\\/]/, '');
      for (const problem of checkGlossary(readFileSync(join(dir, name), 'utf8'), locale, inContent)) {
        findings.push(`${relative(root, join(dir, name))}:${problem.line}: ${problem.message}`);
      }
    }
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const findings = glossaryFindings();
    for (const finding of findings) console.error(finding);
    if (findings.length) {
      console.error(`\n${findings.length} glossary finding(s). The terms and notes are in src/data/glossary.ts.`);
      process.exit(1);
    }
    console.log('Glossary: every translated file uses the glossary terms.');
  } catch (error) {
    console.error(`check-glossary: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
