/**
 * Types for the modules of @easyops-cn/docusaurus-search-local that the site's search page uses
 * (src/theme/SearchPage): the plugin ships them as plain JavaScript. Only what the page reads is typed;
 * src/lib/search-plugin.ts is the one place that imports them.
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export type SearchDocument = {i: number; t: string; u: string; h?: string; s?: string; b?: string[]};
  export type SearchResult = {
    document: SearchDocument;
    type: number;
    page: SearchDocument | undefined;
    tokens: string[];
    metadata: Record<string, Record<string, {position: [number, number][]}>>;
  };
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]>;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight' {
  export function highlight(content: string, tokens: string[]): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed' {
  export function highlightStemmed(content: string, positions: [number, number][], tokens: string[], maxLength?: number): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions' {
  import type {SearchResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
  export function getStemmedPositions(metadata: SearchResult['metadata'], field: string): [number, number][];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing' {
  import type {ReactNode} from 'react';
  export default function LoadingRing(props: {className?: string}): ReactNode;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/shared/interfaces' {
  export enum SearchDocumentType {Title = 0, Heading = 1, Description = 2, Keywords = 3, Content = 4}
}
