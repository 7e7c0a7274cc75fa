/**
 * Translation freshness, for every locale and every edition:
 *   tsx scripts/translations.ts            lists missing and stale translations (part of npm test)
 *   tsx scripts/translations.ts --stamp F  records in F (a translated file) the English version it now matches
 * Every page of Next and of each released edition must have its es and pt-BR file: a missing one fails
 * (a new lesson comes with its translations, CONTRIBUTING.md). In a released edition translations must
 * also be up to date. In Next, where an English lesson may be improved before its translators catch up,
 * a stale or unstamped translation is reported but does not fail: the translated page shows readers a
 * notice linking to the English page, and RELEASING.md requires it cleared before an edition is cut.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {englishCounterpart, recordedHash, sourceHash, stampTranslation, TRANSLATED_LOCALES} from '../src/lib/translations';
import {contentTrees, markdownFiles, ROOT} from './content-files';

export type Finding = {file: string; kind: 'missing' | 'stale' | 'unstamped'; fails: boolean; message: string};

export function checkTranslations(root = ROOT): Finding[] {
  const findings: Finding[] = [];
  for (const tree of contentTrees(root).filter((t) => t.kind !== 'translation')) {
    const version = tree.kind === 'current' ? 'current' : tree.name.replace('versioned_docs/', '');
    for (const english of markdownFiles(tree.dir)) {
      const rel = relative(tree.dir, english);
      const englishSource = readFileSync(english, 'utf8');
      for (const locale of TRANSLATED_LOCALES) {
        const translated = join(root, 'i18n', locale, 'docusaurus-plugin-content-docs', version, rel);
        const file = relative(root, translated);
        const fails = tree.kind === 'edition';
        if (!existsSync(translated)) {
          findings.push({
            file,
            kind: 'missing',
            fails: true,
            message: `${file}:1: missing ${locale} translation of ${relative(root, english)}. Translate it (same file name), then run: npm run translations -- --stamp ${file}`,
          });
          continue;
        }
        const recorded = recordedHash(readFileSync(translated, 'utf8'));
        if (recorded === null) {
          findings.push({file, kind: 'unstamped', fails, message: `${file}:1: no translation_of in the frontmatter. After checking the translation matches ${relative(root, english)}, run: npm run translations -- --stamp ${file}`});
        } else if (recorded !== sourceHash(englishSource)) {
          findings.push({
            file,
            kind: 'stale',
            fails,
            message: `${file}:1: stale: ${relative(root, english)} changed after this translation${fails ? ' (a released edition must not change: revert the English edit, or update the translation)' : ''}. Update the translation, then run: npm run translations -- --stamp ${file}`,
          });
        }
      }
    }
  }
  return findings;
}

export function stamp(files: string[], root = ROOT, latestEdition?: string): string[] {
  return files.map((file) => {
    const counterpart = englishCounterpart(resolve(file), latestEdition);
    if (!counterpart) throw new Error(`${file} is not a translated docs file (i18n/<locale>/docusaurus-plugin-content-docs/<version>/…)`);
    const hash = sourceHash(readFileSync(join(root, counterpart.source), 'utf8'));
    writeFileSync(file, stampTranslation(readFileSync(file, 'utf8'), hash));
    return `${relative(root, resolve(file))}: translation_of ${hash}`;
  });
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--stamp') {
    const files = args.slice(1);
    if (files.length === 0) throw new Error('usage: npm run translations -- --stamp <translated file> [...]');
    for (const line of stamp(files)) console.log(line);
    return;
  }
  const findings = checkTranslations();
  for (const f of findings) (f.fails ? console.error : console.warn)(`${f.fails ? 'error' : 'warning'}: ${f.message}`);
  const failing = findings.filter((f) => f.fails).length;
  if (failing) {
    console.error(`\n${failing} translation problem(s).`);
    process.exit(1);
  }
  console.log(
    `translations: every lesson has its es and pt-BR translation, released ones up to date${findings.length ? `; ${findings.length} to catch up in Next (listed above)` : '; Next is up to date too'}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
