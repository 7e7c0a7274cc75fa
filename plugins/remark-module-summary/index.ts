/**
 * remark plugin: replaces `<ModuleSummary />` in a module's index page with the module's lessons (title,
 * level, minutes) and its total time, read from the lessons' frontmatter at build time. The hours on a
 * module page are therefore always the sum of its lessons, and the page needs no JavaScript.
 * Runs before Docusaurus's own plugins so the `./lesson.mdx` links it writes are resolved and checked.
 */
import {dirname} from 'node:path';
import {readModuleLessons} from '../curriculum/lesson-files';

type Node = {type: string; name?: string | null; children?: Node[]; [key: string]: unknown};

const text = (value: string): Node => ({type: 'text', value});
const cell = (children: Node[]): Node => ({type: 'tableCell', children});

export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

function summary(moduleDir: string, production: boolean): Node[] {
  const lessons = readModuleLessons(moduleDir).filter((lesson) => !(production && lesson.frontMatter.draft === true));
  if (lessons.length === 0) {
    return [{type: 'paragraph', children: [text('The lessons of this module are being written.')]}];
  }
  const minutes = lessons.reduce((sum, lesson) => sum + Number(lesson.frontMatter.minutes ?? 0), 0);
  const header: Node = {
    type: 'tableRow',
    children: [cell([text('Lesson')]), cell([text('Level')]), cell([text('Minutes')])],
  };
  const rows: Node[] = lessons.map((lesson) => ({
    type: 'tableRow',
    children: [
      cell([{type: 'link', url: `./${lesson.fileName}`, children: [text(String(lesson.frontMatter.title))]}]),
      cell([text(String(lesson.frontMatter.level))]),
      cell([text(String(lesson.frontMatter.minutes))])
    ],
  }));
  return [
    {
      type: 'paragraph',
      children: [
        {type: 'strong', children: [text('Estimated time:')]},
        text(` about ${formatHours(minutes)} (${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'}, reading and exercises).`),
      ],
    },
    {type: 'table', align: ['left', 'left', 'right'], children: [header, ...rows]},
  ];
}

export default function remarkModuleSummary() {
  const production = process.env.NODE_ENV === 'production';
  return (tree: Node, file: {path?: string}): void => {
    if (!file.path) return;
    const moduleDir = dirname(file.path);
    const replace = (node: Node): void => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) =>
        child.type === 'mdxJsxFlowElement' && child.name === 'ModuleSummary' ? summary(moduleDir, production) : [child],
      );
      node.children.forEach(replace);
    };
    replace(tree);
  };
}
