/**
 * rehype plugin: makes every Markdown table keyboard-focusable. The theme lets wide tables scroll
 * sideways on phones, and a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe
 * "scrollable-region-focusable").
 */
type Element = {type: string; tagName?: string; properties?: Record<string, unknown>; children?: Element[]};

export default function rehypeScrollableTables() {
  return (tree: Element): void => {
    const visit = (node: Element): void => {
      if (node.type === 'element' && node.tagName === 'table') {
        node.properties = {...node.properties, tabIndex: 0};
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
