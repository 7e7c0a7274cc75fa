/**
 * remark plugin: turns the Markdown task list inside `<Checklist>` into `<ChecklistItem id="…">`
 * elements and imports the component, so a lesson author writes only
 *
 *   <Checklist>
 *
 *   - [ ] I can explain idempotency keys to a colleague. {#api-idempotency-keys}
 *
 *   </Checklist>
 *
 * An item without a valid id stops the build with the file, the line and the fix.
 */
import {CHECKLIST_MARKER, checklistIdProblem, escapeChecklistIdMarkers} from '../../src/lib/checklist-ids';

export {escapeChecklistIdMarkers};

const COMPONENT_MODULE = '@site/src/components/Checklist';

type Point = {line: number; column: number};
type Node = {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: unknown[];
  position?: {start: Point; end: Point};
  data?: Record<string, unknown>;
};
// Method syntax on purpose: vfile's overloaded `fail` is then accepted without importing its types.
type VFileLike = {path?: string; fail(message: string, place?: unknown): never};

function importNode(): Node {
  const names = ['Checklist', 'ChecklistItem'];
  return {
    type: 'mdxjsEsm',
    value: `import {${names.join(', ')}} from '${COMPONENT_MODULE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: names.map((name) => ({
              type: 'ImportSpecifier',
              imported: {type: 'Identifier', name},
              local: {type: 'Identifier', name},
            })),
            source: {type: 'Literal', value: COMPONENT_MODULE, raw: `'${COMPONENT_MODULE}'`},
          },
        ],
      },
    },
  };
}

/** The item's inline content with its `{#id}` marker removed, and the id. */
function splitItem(item: Node, file: VFileLike): {id: string; content: Node[]} {
  const paragraphs = (item.children ?? []).filter((child) => child.type === 'paragraph');
  const paragraph = paragraphs[paragraphs.length - 1];
  const last = paragraph?.children?.[paragraph.children.length - 1];
  const match = last?.type === 'text' ? CHECKLIST_MARKER.exec(last.value ?? '') : null;
  if (!paragraph || !last || !match) {
    return file.fail(
      'Checklist item has no id. End the line with a permanent id, e.g. "- [ ] I can … {#api-idempotency-keys}".',
      item,
    );
  }
  const id = match[1]!.trim();
  const problem = checklistIdProblem(id);
  if (problem) return file.fail(`Checklist item ${problem}.`, item);
  last.value = (last.value ?? '').slice(0, match.index);
  const content = paragraphs.length === 1 ? paragraph.children ?? [] : item.children ?? [];
  return {id, content};
}

function transformChecklist(checklist: Node, file: VFileLike): void {
  const items: Node[] = [];
  for (const child of checklist.children ?? []) {
    if (child.type !== 'list') {
      file.fail('Only a Markdown task list ("- [ ] I can … {#id}") may stand inside <Checklist>.', child);
    }
    for (const item of child.children ?? []) {
      if (item.type !== 'listItem' || typeof (item as {checked?: unknown}).checked !== 'boolean') {
        file.fail('Each line inside <Checklist> must be a task ("- [ ] …").', item);
      }
      const {id, content} = splitItem(item, file);
      items.push({
        type: 'mdxJsxFlowElement',
        name: 'ChecklistItem',
        attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
        children: content,
        position: item.position,
      });
    }
  }
  if (items.length === 0) file.fail('<Checklist> is empty: add a task list with at least one item.', checklist);
  checklist.children = items;
}

function findChecklists(node: Node, found: Node[]): Node[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Checklist') {
    found.push(node);
  }
  for (const child of node.children ?? []) findChecklists(child, found);
  return found;
}

export default function remarkChecklist() {
  return (tree: Node, file: VFileLike): void => {
    const checklists = findChecklists(tree, []);
    if (checklists.length === 0) return;
    for (const checklist of checklists) transformChecklist(checklist, file);
    const alreadyImported = (tree.children ?? []).some(
      (node) => node.type === 'mdxjsEsm' && (node.value ?? '').includes(COMPONENT_MODULE),
    );
    if (!alreadyImported) tree.children = [importNode(), ...(tree.children ?? [])];
  };
}
