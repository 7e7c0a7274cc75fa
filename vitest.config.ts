import {defineConfig} from 'vitest/config';
import {fileURLToPath} from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const mock = (name: string) => here(`./tests/unit/mocks/${name}`);

// Components import Docusaurus's virtual modules; in unit tests these resolve to small stand-ins so
// a component renders in jsdom exactly as its props and state say.
export default defineConfig({
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: here('./$1')},
      {find: '@docusaurus/ExecutionEnvironment', replacement: here('./node_modules/@docusaurus/core/lib/client/exports/ExecutionEnvironment.js')},
      {find: '@docusaurus/Translate', replacement: mock('Translate.tsx')},
      {find: '@docusaurus/Link', replacement: mock('Link.tsx')},
      {find: '@docusaurus/useDocusaurusContext', replacement: mock('useDocusaurusContext.ts')},
      {find: '@docusaurus/router', replacement: mock('router.ts')},
      {find: '@docusaurus/useGlobalData', replacement: mock('useGlobalData.ts')},
      {find: '@docusaurus/useBaseUrl', replacement: mock('useBaseUrl.ts')},
      {find: '@docusaurus/plugin-content-docs/client', replacement: mock('docs-client.ts')},
      {find: '@theme/Layout', replacement: mock('Layout.tsx')},
      {find: '@theme/Heading', replacement: mock('Heading.tsx')},
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: [here('./tests/unit/setup.ts')],
    include: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    css: {modules: {classNameStrategy: 'non-scoped'}},
  },
});
