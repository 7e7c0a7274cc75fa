/**
 * remark plugin: replaces version placeholders (`%version/node%`, `%release/go/1.22%`, src/lib/versions.ts)
 * with the versions in src/data/versions.ts, in prose, headings, inline code and code blocks, so one edit
 * there updates every lesson and translation. Runs before Docusaurus's own plugins, so headings get their
 * anchors and the table of contents from the resolved text. An unknown placeholder fails the build with
 * the file and line.
 */
import {resolvePlaceholders, VersionPlaceholderError} from '../../src/lib/versions';

type Node = {type: string; value?: unknown; children?: Node[]; position?: {start?: {line?: number}}};

const WITH_VALUE = new Set(['text', 'inlineCode', 'code']);

export default function remarkVersions() {
  return (tree: Node, file: {path?: string}): void => {
    const visit = (node: Node): void => {
      if (WITH_VALUE.has(node.type) && typeof node.value === 'string') {
        try {
          node.value = resolvePlaceholders(node.value);
        } catch (error) {
          if (!(error instanceof VersionPlaceholderError)) throw error;
          throw new Error(`${file.path ?? 'a document'}:${node.position?.start?.line ?? 1}: ${error.message}`);
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
