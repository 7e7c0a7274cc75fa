/**
 * `npm run new:lesson -- --module 02-the-role --title "Caching without regrets"`
 * Creates docs/<module>/NN-<slug>.mdx from the lesson template: valid frontmatter, the fixed sections,
 * and a checklist whose ids carry a fresh prefix. The number puts it last in the module's sidebar.
 */
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {checklistItems} from '../src/lib/lesson-source';
import {CHECKLIST_ID_MAX_LENGTH} from '../src/lib/checklist-ids';
import {LESSON_FILE} from '../plugins/curriculum/lesson-files';
import {contentTrees, markdownFiles, ROOT} from './content-files';

export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // At most 50 characters, cut between words so the address never ends in half a word.
  if (slug.length <= 50) return slug;
  const cut = slug.slice(0, 51);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 50);
}

/** Every checklist id in use anywhere (any edition, any language). */
function usedIds(root: string): Set<string> {
  const ids = new Set<string>();
  for (const tree of contentTrees(root)) {
    for (const file of markdownFiles(tree.dir)) {
      for (const item of checklistItems(readFileSync(file, 'utf8'))) if (item.id) ids.add(item.id);
    }
  }
  return ids;
}

export function scaffoldLesson({root = ROOT, module, title, today}: {root?: string; module: string; title: string; today: string}): string {
  const moduleDir = join(root, 'docs', module);
  if (!existsSync(moduleDir) || !statSync(moduleDir).isDirectory()) {
    const modules = readdirSync(join(root, 'docs')).filter((name) => statSync(join(root, 'docs', name)).isDirectory());
    throw new Error(`No module folder docs/${module}. Use one of: ${modules.join(', ')}`);
  }
  const slug = slugify(title);
  if (!slug) throw new Error('The title needs letters or digits.');
  const numbers = readdirSync(moduleDir).filter((name) => LESSON_FILE.test(name)).map((name) => parseInt(name, 10));
  const next = String(Math.max(0, ...numbers) + 1).padStart(2, '0');
  const path = join(moduleDir, `${next}-${slug}.mdx`);
  if (existsSync(path)) throw new Error(`${relative(root, path)} already exists.`);

  const taken = usedIds(root);
  const base = slug.slice(0, CHECKLIST_ID_MAX_LENGTH - 20).replace(/-$/, '');
  let prefix = base;
  for (let n = 2; [...taken].some((id) => id.startsWith(`${prefix}-`)); n++) prefix = `${base}-${n}`;

  const template = readFileSync(join(root, 'scripts/templates/lesson.mdx'), 'utf8');
  const lesson = template
    .replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
    .replace(/^last_reviewed: .*$/m, `last_reviewed: ${today}`)
    .replace(/\{#lesson-slug-/g, `{#${prefix}-`);
  writeFileSync(path, lesson);
  return relative(root, path);
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const module = value('--module');
  const title = value('--title');
  if (!module || !title) {
    console.error('usage: npm run new:lesson -- --module <module folder, e.g. 02-the-role> --title "<lesson title>"');
    process.exit(2);
  }
  try {
    const file = scaffoldLesson({module, title, today: new Date().toISOString().slice(0, 10)});
    console.log(`Created ${file}. It appears last in its module's sidebar (rename the number prefix to move it).
Next: fill in the frontmatter (description, objectives, exercise_minutes, level, sources), write the sections,
then run npm run check:content && npm run lint:md, and npm start to read it at its URL.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
