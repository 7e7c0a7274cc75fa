import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkChecklist, {escapeChecklistIdMarkers} from './plugins/remark-checklist';
import remarkModuleSummary from './plugins/remark-module-summary';
import remarkVersions from './plugins/remark-versions';
import {parseLessonFrontMatter} from './plugins/lesson-frontmatter';
import curriculumPlugin from './plugins/curriculum';
import capstoneCheckerPlugin from './plugins/capstone-checker';
import widgetChunksPlugin from './plugins/widget-chunks';
import stagedBootPlugin from './plugins/staged-boot';
import clientOverridesPlugin from './plugins/client-overrides';
import {SEARCH_RESULT_LIMITS} from './src/data/search';
import {SOCIAL_CARDS} from './src/lib/socialCards';
import rehypeScrollableTables from './plugins/rehype-scrollable-tables';
import rehypeStaticBlocks from './plugins/rehype-static-blocks';
import {darkCodeTheme, lightCodeTheme} from './src/lib/prismThemes';
import {pinnedEditionRedirects} from './plugins/edition-redirects';
import remarkTranslationNotice from './plugins/remark-translation-notice';
import remarkKatexStylesheet, {katexStaticDirectory, katexStylesheetHref} from './plugins/katex-stylesheet';
import {paintFirstTemplate} from './plugins/paint-first';
import rehypeHighlightCode, {clientPrismRemoval, codeTokenStylesheet} from './plugins/highlight-code';
import editions from './versions.json';
import {siteAddress} from './src/lib/site-address';

// The public address (src/lib/site-address.ts) and repository can be overridden for forks and GitHub
// Pages project sites.
const {siteUrl, baseUrl} = siteAddress(process.env);
const repoUrl = process.env.REPO_URL ?? 'https://github.com/latam-backend-path/latam-backend-path';

// The edition menu's extra link is not in the theme's translation files; Docusaurus loads this config
// once per locale and names the locale being built in DOCUSAURUS_CURRENT_LOCALE.
const WHAT_CHANGED: Record<string, string> = {en: 'What changed', es: 'Qué cambió', 'pt-BR': 'O que mudou'};
const whatChanged = WHAT_CHANGED[process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en'] ?? WHAT_CHANGED.en;

// KaTeX's stylesheet and fonts, served from the site at <baseUrl>katex/ and linked by math pages only.
const katexStylesheet = [remarkKatexStylesheet, {href: katexStylesheetHref(baseUrl)}];


const config: Config = {
  title: 'LATAM Backend Path',
  tagline: 'From "I ship APIs" to hired by a remote team in the U.S. or Europe',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: true,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  future: {v4: true},
  staticDirectories: ['static', katexStaticDirectory(__dirname)],
  // The page is painted before the site's JavaScript runs (plugins/paint-first).
  ssrTemplate: paintFirstTemplate(),
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es', 'pt-BR'],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en'},
      es: {label: 'Español', htmlLang: 'es'},
      'pt-BR': {label: 'Português (Brasil)', htmlLang: 'pt-BR'},
    },
  },
  markdown: {
    format: 'detect',
    preprocessor: ({fileContent}) => escapeChecklistIdMarkers(fileContent),
    // Version placeholders in frontmatter, and each lesson's minutes from its words and exercise estimate.
    parseFrontMatter: parseLessonFrontMatter,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  clientModules: ['./src/clientModules/offlinePages.ts', './src/clientModules/intentOnlyPrefetch.ts', './src/clientModules/hydration.ts'],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        // A local index per locale and per edition: no request ever leaves the site.
        hashed: true,
        // All three stemmers and stop-word lists everywhere: lessons mix languages (Spanish text keeps
        // English terms), and the three stop-word lists made the indexes smaller than one language alone.
        language: ['en', 'es', 'pt'],
        indexBlog: true,
        indexPages: false,
        docsRouteBasePath: 'docs',
        explicitSearchResultPath: true,
        searchResultContextMaxLength: 60,
        searchResultLimits: SEARCH_RESULT_LIMITS,
        // The "ctrl K" hint is drawn in a grey that fails WCAG contrast, and phones have no keyboard.
        searchBarShortcutHint: false,
        // Code and math are long and rarely what a learner types; leaving them out keeps the index small.
        ignoreCssSelectors: ['pre', '.katex', '.theme-doc-toc-mobile', '.pagination-nav', 'table', 'details'],
      },
    ],
  ],
  plugins: [
    curriculumPlugin,
    capstoneCheckerPlugin,
    widgetChunksPlugin,
    stagedBootPlugin,
    clientOverridesPlugin,
    clientPrismRemoval,
    [
      '@docusaurus/plugin-pwa',
      {
        // "always": the service worker serves what the learner already opened when the network is gone,
        // and a reload notice appears when a new version of the site is ready.
        offlineModeActivationStrategies: ['always'],
        // Nothing is precached: a first visit on prepaid data must not download the whole site.
        injectManifestConfig: {globIgnores: ['**/*']},
        swCustom: require.resolve('./src/sw.js'),
        // Registered once the page has loaded, not while it starts (src/clientModules/registerServiceWorker.ts).
        swRegister: require.resolve('./src/clientModules/registerServiceWorker.ts'),
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json`},
          {tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png`},
          {tagName: 'meta', name: 'theme-color', content: '#0b5f7a'},
        ],
      },
    ],
    [
      '@docusaurus/plugin-client-redirects',
      {
        createRedirects: pinnedEditionRedirects(editions),
        // Pages that moved keep their old address here: {from: '/docs/old/', to: '/docs/new/'} (RELEASING.md).
        redirects: [],
      },
    ],
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // Editions: /docs/ serves the latest released edition; the working copy is "Next" at /docs/next/.
          lastVersion: editions[0] ?? 'current',
          versions: {
            current: {label: 'Next (unreleased)', path: 'next', banner: 'unreleased'},
          },
          editUrl: `${repoUrl}/edit/main/`,
          showLastUpdateTime: true,
          // Version placeholders are resolved before Docusaurus builds heading anchors and the table of contents.
          beforeDefaultRemarkPlugins: [remarkModuleSummary, remarkVersions],
          remarkPlugins: [remarkMath, katexStylesheet, remarkChecklist, [remarkTranslationNotice, {baseUrl, latestEdition: editions[0]}]],
          rehypePlugins: [rehypeKatex, rehypeScrollableTables, rehypeHighlightCode, rehypeStaticBlocks],
        },
        blog: {
          showReadingTime: true,
          editUrl: `${repoUrl}/edit/main/`,
          feedOptions: {type: ['rss', 'atom'], xslt: false},
          onInlineAuthors: 'throw',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'throw',
          remarkPlugins: [remarkMath, katexStylesheet],
          rehypePlugins: [rehypeKatex, rehypeHighlightCode, rehypeStaticBlocks],
        },
        pages: {
          remarkPlugins: [remarkMath, katexStylesheet],
          rehypePlugins: [rehypeKatex, rehypeHighlightCode, rehypeStaticBlocks],
        },
        theme: {
          // KaTeX's CSS is not here: only pages with math link it (plugins/katex-stylesheet).
          customCss: ['./src/css/custom.css', codeTokenStylesheet(__dirname, lightCodeTheme, darkCodeTheme)],
        },
        sitemap: {lastmod: 'date', changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    // Every other page type has its own card (src/lib/socialCards.ts).
    image: SOCIAL_CARDS.site.file,
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true, autoCollapseCategories: false}},
    navbar: {
      title: 'LATAM Backend Path',
      logo: {alt: 'LATAM Backend Path home', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'path', position: 'left', label: 'The path'},
        {to: '/progress/', label: 'My progress', position: 'left'},
        {to: '/blog/', label: 'Blog', position: 'left'},
        {to: '/bootcamps/', label: 'For bootcamps', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
        {type: 'docsVersionDropdown', position: 'right', dropdownItemsAfter: [{to: '/editions/next/', label: whatChanged}]},
        {href: repoUrl, label: 'Source', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Start here', to: '/docs/start-here/'},
            {label: 'My progress', to: '/progress/'},
            {label: 'For bootcamps', to: '/bootcamps/'},
          ],
        },
        {
          title: 'Project',
          items: [
            {label: 'Blog', to: '/blog/'},
            {label: 'Source code', href: repoUrl},
          ],
        },
      ],
      copyright:
        'Lessons and blog: CC BY 4.0. Code: MIT. Salary figures are published benchmarks, not promises.',
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
