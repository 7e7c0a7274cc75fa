/**
 * remark plugin: a translated page whose English source changed after it was translated starts with a
 * short notice, in the page's language, linking to the English page. Freshness is decided at build time
 * by comparing `translation_of` with the hash of the English file (src/lib/translations.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {englishCounterpart, recordedHash, sourceHash} from '../../src/lib/translations';

type Node = {type: string; children?: Node[]; [key: string]: unknown};

export const NOTICES: Record<string, {text: string; link: string}> = {
  es: {
    text: 'Esta traducción puede estar desactualizada: la versión en inglés cambió después de traducirla. ',
    link: 'Lee la versión en inglés.',
  },
  'pt-BR': {
    text: 'Esta tradução pode estar desatualizada: a versão em inglês mudou depois da tradução. ',
    link: 'Leia a versão em inglês.',
  },
};

type Options = {baseUrl: string; latestEdition: string | undefined};

export default function remarkTranslationNotice({baseUrl, latestEdition}: Options) {
  return (tree: Node, file: {path?: string}): void => {
    const counterpart = file.path ? englishCounterpart(file.path, latestEdition) : null;
    const notice = counterpart && NOTICES[counterpart.locale];
    if (!counterpart || !notice || !file.path) return;
    const siteDir = file.path.slice(0, file.path.replace(/\\/g, '/').lastIndexOf('/i18n/'));
    const english = join(siteDir, counterpart.source);
    if (!existsSync(english)) return;
    const recorded = recordedHash(readFileSync(file.path, 'utf8'));
    if (recorded === sourceHash(readFileSync(english, 'utf8'))) return;
    const paragraph: Node = {
      type: 'paragraph',
      children: [
        {type: 'text', value: notice.text},
        // pathname:// keeps Docusaurus from prefixing the locale: the link goes to the English page.
        {type: 'link', url: `pathname://${baseUrl}${counterpart.urlPath}`, children: [{type: 'text', value: notice.link}]},
      ],
    };
    const box: Node = {
      type: 'mdxJsxFlowElement',
      name: 'div',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'className', value: 'alert alert--warning translation-notice'},
        {type: 'mdxJsxAttribute', name: 'role', value: 'note'},
      ],
      children: [paragraph],
    };
    const children = tree.children ?? [];
    const firstContent = children.findIndex((node) => node.type !== 'mdxjsEsm' && node.type !== 'yaml');
    tree.children = [...children.slice(0, Math.max(firstContent, 0)), box, ...children.slice(Math.max(firstContent, 0))];
  };
}
