/**
 * What the navbar's version and language menus get for `@docusaurus/theme-common`: all of it, with
 * ./useHistorySelector.ts in place of its `useHistorySelector` (a named export takes precedence over
 * the same name from `export *`). See ./index.ts.
 */
export * from '@docusaurus/theme-common';
export {useHistorySelector} from './useHistorySelector';
