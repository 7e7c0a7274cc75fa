/**
 * Docusaurus plugin: gives the checklist and each widget a chunk of its own. Docusaurus puts code used
 * by most pages into one "common" chunk loaded on every page; the checklist is on most pages (every
 * lesson), so without this every page, the home page included, would download it. A named async chunk
 * is loaded only by the pages that import it, and its size can be measured on its own.
 */
import type {Plugin} from '@docusaurus/types';

const path = (...parts: string[]) => new RegExp(`[\\\\/]src[\\\\/](?:${parts.join('|')})`);

export const WIDGET_CHUNKS: Record<string, RegExp> = {
  checklist: path('components[\\\\/](?:Checklist|StorageNotice|LessonReadMark|LessonProgress|ContinueReading)[\\\\/]', 'lib[\\\\/](?:progress|progress-store|useProgress|checklist-ids|last-edition)\\.ts'),
  'stack-comparison': path('components[\\\\/]StackComparison[\\\\/]', 'data[\\\\/]stacks\\.ts', 'lib[\\\\/]compareParam\\.ts'),
  'salary-explorer': path('components[\\\\/]SalaryExplorer[\\\\/]', 'data[\\\\/]salaryBenchmarks\\.ts', 'lib[\\\\/]salaryScale\\.ts'),
  'bullet-builder': path('components[\\\\/]BulletBuilder[\\\\/]', 'lib[\\\\/]bulletRules\\.ts'),
};

/**
 * A cache-group test that takes the JavaScript modules whose file matches `files`. CSS is never split:
 * it stays in the site's one stylesheet, whatever file its component's JavaScript goes to.
 */
export const javascriptIn =
  (files: RegExp) =>
  (module: {resource?: string; type?: string}): boolean =>
    !!module.resource && files.test(module.resource) && !/\.css$/.test(module.resource);

export default function widgetChunksPlugin(): Plugin {
  return {
    name: 'widget-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const cacheGroups = Object.fromEntries(
        Object.entries(WIDGET_CHUNKS).map(([name, test]) => [
          name,
          {test: javascriptIn(test), name: `widget-${name}`, chunks: 'async' as const, priority: 60, enforce: true},
        ]),
      );
      return {optimization: {splitChunks: {cacheGroups}}};
    },
  };
}
