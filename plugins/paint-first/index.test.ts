import {describe, expect, it} from 'vitest';
import {createRequire} from 'node:module';
import {paintFirstTemplate, SCRIPTS_START_MARK} from './index';

const require = createRequire(import.meta.url);
const {compileSSGTemplate} = require('@docusaurus/core/lib/ssg/ssgTemplate.js') as {
  compileSSGTemplate: (template: string) => Promise<(data: Record<string, unknown>) => string>;
};

/** The page as Docusaurus renders it with this template. */
async function render(): Promise<string> {
  const template = await compileSSGTemplate(paintFirstTemplate());
  return template({
    htmlAttributes: 'lang="en"',
    bodyAttributes: '',
    metaAttributes: [],
    headTags: '',
    preBodyTags: '',
    postBodyTags: '',
    stylesheets: ['assets/css/styles.css'],
    scripts: ['assets/js/runtime~main.js', 'assets/js/main.js'],
    baseUrl: '/base/',
    appHtml: '<main>Lesson</main>',
    version: '3.10.2',
  });
}

describe('paint-first template', () => {
  it('loads the bundles from a script that waits for the first paint, in order, and nothing else', async () => {
    const html = await render();
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/rel="preload"/);
    expect(html).toContain('["/base/assets/js/runtime~main.js","/base/assets/js/main.js"]');
    expect(html).toContain("getEntriesByName('first-contentful-paint')");
    expect(html).toContain(SCRIPTS_START_MARK);
    expect(html).toContain('<div id="__docusaurus"><main>Lesson</main></div>');
  });

  it("fails loudly when Docusaurus's template no longer has the script loop it replaces", () => {
    expect(() => paintFirstTemplate('<html><head><script src="x" async></script></head></html>')).toThrow(/plugins\/paint-first/);
  });
});
