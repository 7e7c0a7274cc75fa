/**
 * rehype plugin: the plain blocks of a page reach React as HTML strings.
 *
 * A lesson is mostly paragraphs, lists, tables and math, hundreds of elements that never change after
 * the build. As MDX elements, each one is a React element to create and a fiber to hydrate and commit
 * on the reader's phone. This plugin gives each such block (a paragraph, a list, a table, a quote) its
 * inner HTML as `dangerouslySetInnerHTML`: the page's HTML is the same, and React handles one element
 * per block instead of every `<code>`, `<strong>` and KaTeX span in it.
 *
 * A block stays as MDX elements when anything in it needs the theme's components: an internal or
 * in-page link (client-side navigation and the broken-link check), an id (anchor targets), an image,
 * a heading, a code block, a task list, or any JSX.
 */
import {toHtml} from 'hast-util-to-html';
import type {Element, ElementContent, Root, RootContent} from 'hast';

/** Elements a static block may be made of; a block holding anything else stays as it is. */
const PLAIN = new Set([
  'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'blockquote', 'br', 'hr',
  'strong', 'em', 'b', 'i', 's', 'del', 'code', 'kbd', 'sup', 'sub', 'mark', 'abbr', 'span', 'a',
  // KaTeX's output: MathML for screen readers beside the visual spans.
  'math', 'semantics', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac',
  'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'menclose',
  'annotation', 'svg', 'path', 'line',
]);

/** Top-level properties this plugin can write as JSX string attributes. */
const BLOCK_PROPERTIES = new Set(['className', 'tabIndex']);

const isExternal = (href: unknown): boolean => typeof href === 'string' && /^https?:\/\//.test(href);

function isPlain(node: ElementContent): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  if (node.type !== 'element' || !PLAIN.has(node.tagName)) return false;
  const {properties} = node;
  if (properties.id !== undefined) return false;
  if (node.tagName === 'a' && !isExternal(properties.href)) return false;
  if ((node.tagName === 'ul' || node.tagName === 'ol') && String(properties.className ?? '').includes('contains-task-list')) return false;
  return node.children.every(isPlain);
}

const isStaticBlock = (node: Element): boolean =>
  ['p', 'ul', 'ol', 'table', 'blockquote'].includes(node.tagName) &&
  Object.keys(node.properties).every((name) => BLOCK_PROPERTIES.has(name)) &&
  isPlain(node);

const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});

/** `dangerouslySetInnerHTML={{__html: html}}` as the MDX JSX attribute MDX compiles. */
const innerHtmlAttribute = (html: string) => ({
  type: 'mdxJsxAttribute',
  name: 'dangerouslySetInnerHTML',
  value: {
    type: 'mdxJsxAttributeValueExpression',
    value: `{__html: ${JSON.stringify(html)}}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExpressionStatement',
            expression: {
              type: 'ObjectExpression',
              properties: [
                {
                  type: 'Property',
                  key: {type: 'Identifier', name: '__html'},
                  value: {type: 'Literal', value: html},
                  kind: 'init',
                  method: false,
                  shorthand: false,
                  computed: false,
                },
              ],
            },
          },
        ],
      },
    },
  },
});

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * The element as React would write it: GFM cells' `align` becomes the text-align style MDX gives them,
 * styles lose their trailing semicolon, and the line breaks between table rows, which MDX drops, are
 * dropped.
 */
function asReactWrites(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const {align, ...properties} = node.properties;
  const declarations = [properties.style, align === undefined ? undefined : `text-align:${String(align)}`].filter(Boolean).map((css) => String(css).replace(/;\s*$/, ''));
  const style = declarations.length ? declarations.join(';') : undefined;
  const children = TABLE_PARTS.has(node.tagName) ? node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : node.children;
  return {...node, properties: {...properties, style}, children: children.map(asReactWrites)};
}

function toStaticBlock(node: Element): RootContent {
  const {className, tabIndex} = node.properties;
  return {
    type: 'mdxJsxFlowElement',
    name: node.tagName,
    attributes: [
      ...(className !== undefined ? [attribute('className', [className].flat().join(' '))] : []),
      ...(tabIndex !== undefined ? [attribute('tabIndex', String(tabIndex))] : []),
      innerHtmlAttribute(toHtml((asReactWrites(node) as Element).children)),
    ],
    children: [],
  } as unknown as RootContent;
}

export default function rehypeStaticBlocks() {
  return (tree: Root): void => {
    const visit = (parent: Root | Element): void => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (isStaticBlock(child)) return toStaticBlock(child);
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}
