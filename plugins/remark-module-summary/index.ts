/**
 * remark plugin: replaces `<ModuleSummary />` in a module's index page with the module's lessons (title,
 * level, minutes) and its total time, read from the lessons' frontmatter at build time. The hours on a
 * module page are therefore always the sum of its lessons. The one thing drawn in the browser is the
 * mark beside each lesson the learner has read (src/components/LessonReadMark), which only they know.
 * Runs before Docusaurus's own plugins so the `./lesson.mdx` links it writes are resolved and checked.
 */
import {dirname} from 'node:path';
import {readModuleLessons} from '../curriculum/lesson-files';
import {localeOfPath} from '../../src/lib/lesson-layout';
import {formatHours} from '../../src/lib/hours';
import {levelName} from '../../src/lib/levels';
import {lessonDocId} from '../curriculum/lesson-files';

type Node = {type: string; name?: string | null; children?: Node[]; [key: string]: unknown};

const text = (value: string): Node => ({type: 'text', value});
const cell = (children: Node[]): Node => ({type: 'tableCell', children});

type Strings = {
  estimated: string;
  total: (hours: string, lessons: number) => string;
  columns: [string, string, string];
  empty: string;
  /** The link to the module's print view (plugins/curriculum/print-module.ts), and that page's intro. */
  print: string;
  printIntro: string;
  /** The intro of the teacher's print view, whose self-check answers are open. */
  printIntroWithAnswers: string;
};

/** The summary is generated at build time, so its few words are translated here, per locale. */
export const STRINGS: Record<string, Strings> = {
  en: {
    estimated: 'Estimated time:',
    total: (hours, n) => ` about ${hours} ${hours === '1' ? 'hour' : 'hours'} (${n} ${n === 1 ? 'lesson' : 'lessons'}, reading and exercises).`,
    columns: ['Lesson', 'Level', 'Minutes'],
    empty: 'The lessons of this module are being written.',
    print: 'Print this module (all its lessons on one page)',
    printIntro: 'All the lessons of this module on one page, for printing or reading on paper with a study group.',
    printIntroWithAnswers: 'All the lessons of this module on one page, with the self-check answers open: the teacher\'s copy.',
  },
  es: {
    estimated: 'Tiempo estimado:',
    total: (hours, n) => ` unas ${hours} ${hours === '1' ? 'hora' : 'horas'} (${n} ${n === 1 ? 'lección' : 'lecciones'}, lectura y ejercicios).`,
    columns: ['Lección', 'Nivel', 'Minutos'],
    empty: 'Las lecciones de este módulo se están escribiendo.',
    print: 'Imprimir este módulo (todas sus lecciones en una página)',
    printIntro: 'Todas las lecciones de este módulo en una sola página, para imprimirlas o leerlas en papel con un grupo de estudio.',
    printIntroWithAnswers: 'Todas las lecciones de este módulo en una sola página, con las respuestas de autoevaluación abiertas: la copia del docente.',
  },
  'pt-BR': {
    estimated: 'Tempo estimado:',
    total: (hours, n) => ` cerca de ${hours} ${hours === '1' ? 'hora' : 'horas'} (${n} ${n === 1 ? 'aula' : 'aulas'}, leitura e exercícios).`,
    columns: ['Aula', 'Nível', 'Minutos'],
    empty: 'As aulas deste módulo estão sendo escritas.',
    print: 'Imprimir este módulo (todas as aulas em uma página)',
    printIntro: 'Todas as aulas deste módulo em uma só página, para imprimir ou ler no papel com um grupo de estudo.',
    printIntroWithAnswers: 'Todas as aulas deste módulo em uma só página, com as respostas da autoavaliação abertas: a cópia do professor.',
  },
};

function summary(moduleDir: string, production: boolean, locale: string): Node[] {
  const strings = STRINGS[locale] ?? STRINGS.en!;
  const lessons = readModuleLessons(moduleDir).filter((lesson) => !(production && lesson.frontMatter.draft === true));
  if (lessons.length === 0) {
    return [{type: 'paragraph', children: [text(strings.empty)]}];
  }
  const minutes = lessons.reduce((sum, lesson) => sum + Number(lesson.frontMatter.minutes ?? 0), 0);
  const header: Node = {
    type: 'tableRow',
    children: strings.columns.map((column) => cell([text(column)])),
  };
  const rows: Node[] = lessons.map((lesson) => ({
    type: 'tableRow',
    children: [
      cell([
        {type: 'link', url: `./${lesson.fileName}`, children: [text(String(lesson.frontMatter.title))]},
        // Empty on the server; after hydration, a mark when the learner has read the lesson.
        {
          type: 'mdxJsxTextElement',
          name: 'LessonReadMark',
          attributes: [{type: 'mdxJsxAttribute', name: 'lesson', value: lessonDocId(moduleDir, lesson.fileName)}],
          children: [],
        },
      ]),
      cell([text(levelName(String(lesson.frontMatter.level), locale))]),
      cell([text(String(lesson.frontMatter.minutes))])
    ],
  }));
  return [
    {
      type: 'paragraph',
      children: [
        {type: 'strong', children: [text(strings.estimated)]},
        text(strings.total(formatHours(minutes, locale), lessons.length)),
      ],
    },
    {type: 'table', align: ['left', 'left', 'right'], children: [header, ...rows]},
    // pathname:// makes Docusaurus render a plain <a href="print/">: the print view is written after the
    // build (there is no route to check), and a full page load is right for a page without JavaScript.
    {
      type: 'paragraph',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          attributes: [
            {type: 'mdxJsxAttribute', name: 'href', value: 'pathname://print/'},
            // Docusaurus opens pathname:// links in a new tab unless told otherwise.
            {type: 'mdxJsxAttribute', name: 'target', value: '_self'},
            {type: 'mdxJsxAttribute', name: 'className', value: 'print-module-link'},
          ],
          children: [text(strings.print)],
        },
      ],
    },
  ];
}

const READ_MARK_MODULE = '@site/src/components/LessonReadMark';

/** `import LessonReadMark from '…'`, as the MDX ESM node the compiler expects. */
function readMarkImport(): Node {
  return {
    type: 'mdxjsEsm',
    value: `import LessonReadMark from '${READ_MARK_MODULE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: 'LessonReadMark'}}],
            source: {type: 'Literal', value: READ_MARK_MODULE, raw: `'${READ_MARK_MODULE}'`},
          },
        ],
      },
    },
  };
}

export default function remarkModuleSummary() {
  const production = process.env.NODE_ENV === 'production';
  return (tree: Node, file: {path?: string}): void => {
    if (!file.path) return;
    const moduleDir = dirname(file.path);
    const locale = localeOfPath(file.path);
    let replaced = false;
    const replace = (node: Node): void => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'mdxJsxFlowElement' || child.name !== 'ModuleSummary') return [child];
        replaced = true;
        return summary(moduleDir, production, locale);
      });
      node.children.forEach(replace);
    };
    replace(tree);
    if (replaced) tree.children?.unshift(readMarkImport());
  };
}
