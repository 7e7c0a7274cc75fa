import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {createRequire} from 'node:module';
import {expect, it} from 'vitest';

const require = createRequire(import.meta.url);
const pluginRoot = dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
const imports = [...readFileSync(join(import.meta.dirname, 'search-plugin.ts'), 'utf8').matchAll(/^export \{([^}]*)\} from '@easyops-cn\/docusaurus-search-local\/([^']+)';$/gm)];

it('names every module it re-exports from the search plugin', () => {
  expect(imports.map(([, , path]) => path)).toHaveLength(6);
});

it.each(imports.map(([, names, path]) => ({path: path!, names: names!})))("finds $path in the plugin, exporting what the page uses", ({path, names}) => {
  const file = ['.js', '.jsx'].map((extension) => join(pluginRoot, path + extension)).find((candidate) => existsSync(candidate));
  expect(file, `the search plugin no longer has ${path}: update src/lib/search-plugin.ts`).toBeDefined();
  const source = readFileSync(file!, 'utf8');
  for (const name of names.split(',').map((part) => part.trim()).filter((part) => part && !part.startsWith('type '))) {
    const exported = name.startsWith('default as ') ? /^export default /m : new RegExp(`^export (?:async )?(?:function|var|const|let) ${name}\\b`, 'm');
    expect(source, `${path} no longer exports ${name}`).toMatch(exported);
  }
});
