import {configDefaults, defineConfig} from 'vitest/config';
import {fileURLToPath} from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const mock = (name: string) => here(`./tests/unit/mocks/${name}`);

// The capstone checker, its reference service and its bundle are Node programs (real sockets and
// processes; esbuild refuses jsdom's Uint8Array): they run in Node, not jsdom.
const CAPSTONE_TESTS = ['capstone/**/*.test.ts', 'plugins/capstone-checker/**/*.test.ts'];

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
      {find: '@docusaurus/plugin-content-docs/client', replacement: mock('docs-client.ts')},
      {find: '@theme/Layout', replacement: mock('Layout.tsx')},
      {find: '@theme/Heading', replacement: mock('Heading.tsx')},
    ],
  },
  test: {
    globals: true,
    css: {modules: {classNameStrategy: 'non-scoped'}},
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          environment: 'jsdom',
          setupFiles: [here('./tests/unit/setup.ts')],
          include: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...CAPSTONE_TESTS],
        },
      },
      {extends: true, test: {name: 'capstone', environment: 'node', include: CAPSTONE_TESTS, testTimeout: 60_000, hookTimeout: 60_000}},
    ],
  },
});
