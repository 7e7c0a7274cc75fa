/**
 * rehype plugin: the blocks of a page that never change after the build cost the browser as little
 * as possible.
 *
 * A lesson is mostly paragraphs, lists, tables, headings and math, hundreds of elements that never
 * change after the build. As MDX elements, each one is a React element to create and a fiber to
 * hydrate and commit on the reader's phone. The page's HTML stays the same either way; what changes is
 * what React does with it:
 *
 * - A plain block (a paragraph, a list, a table, a quote) with no internal link and no id gets its
 *   inner HTML as `dangerouslySetInnerHTML`: React handles one element instead of every `<code>`,
 *   `<strong>` and KaTeX span in it, on first load and on client-side navigation alike.
 * - Any other block with nothing interactive in it (headings, and blocks with internal links or
 *   anchors, which need the theme's components on the server) becomes a `<StaticBlock>`
 *   (src/components/StaticBlock): rendered by the theme's components, but not hydrated.
 *
 * A block with a code block, an image, a task list or any JSX is left alone, and the blocks inside it
 * (or inside an admonition) are looked at one by one.
 */
import {toHtml} from 'hast-util-to-html';
import type {Element, ElementContent, Root, RootContent} from 'hast';
import {STATIC_BLOCK_TAGS} from '../../src/lib/static-blocks';

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

/** Elements whose components do something in the browser: a block holding one is hydrated. */
const INTERACTIVE = new Set(['pre', 'details', 'summary', 'img', 'input', 'button', 'select', 'textarea', 'form', 'video', 'audio', 'iframe', 'script', 'style']);

/** Text and plain elements only: no JSX, no expression, nothing interactive. */
function isInert(node: ElementContent): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  return node.type === 'element' && !INTERACTIVE.has(node.tagName) && node.children.every(isInert);
}

const isUnhydratedBlock = (node: Element): boolean =>
  (STATIC_BLOCK_TAGS as readonly string[]).includes(node.tagName) &&
  Object.entries(node.properties).every(([name, value]) => name === 'className' || (name === 'id' && typeof value === 'string')) &&
  node.children.every(isInert);

function toUnhydratedBlock(node: Element): RootContent {
  const {id, className} = node.properties;
  return {
    type: 'mdxJsxFlowElement',
    name: 'StaticBlock',
    attributes: [
      attribute('as', node.tagName),
      ...(id !== undefined ? [attribute('id', String(id))] : []),
      ...(className !== undefined ? [attribute('className', [className].flat().join(' '))] : []),
    ],
    children: node.children,
  } as unknown as RootContent;
}

/** JSX whose children are rendered as they are, so that the blocks inside can be looked at too. */
const isAdmonition = (node: RootContent): boolean => node.type === 'mdxJsxFlowElement' && node.name === 'admonition';

export default function rehypeStaticBlocks() {
  return (tree: Root): void => {
    const visit = (parent: Root | Element): void => {
      parent.children = parent.children.map((child) => {
        if (isAdmonition(child)) {
          visit(child as unknown as Element);
          return child;
        }
        if (child.type !== 'element') return child;
        if (isStaticBlock(child)) return toStaticBlock(child);
        if (isUnhydratedBlock(child)) return toUnhydratedBlock(child);
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}
