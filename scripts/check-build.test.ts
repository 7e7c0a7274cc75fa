import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {SOCIAL_CARD_PAGES, clientPrismProblems, missingUrls, placeholderProblems, socialCardProblems, validateCurricula} from './check-build';
import {SOCIAL_CARDS} from '../src/lib/socialCards';
import {publishedPaths} from './url-registry';

let dir: string;
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const page = (path: string) => {
  mkdirSync(join(dir, path), {recursive: true});
  writeFileSync(join(dir, path, 'index.html'), '<html></html>');
};

describe('published URL registry', () => {
  it('fails for a removed page that has no redirect, and passes for pages and redirect pages', () => {
    dir = mkdtempSync(join(tmpdir(), 'build-'));
    page('/docs/the-role/api-design/');
    page('/docs/2026/the-role/api-design/'); // a client redirect page is an index.html too
    expect(missingUrls(dir, ['/docs/the-role/api-design/', '/docs/2026/the-role/api-design/'])).toEqual([]);
    expect(missingUrls(dir, ['/docs/the-role/removed-lesson/'])).toEqual(['/docs/the-role/removed-lesson/']);
  });

  it('registers released-edition docs only', () => {
    const xml = ['/docs/the-role/', '/docs/next/the-role/', '/es/docs/the-role/', '/blog/', '/progress/']
      .map((p) => `<url><loc>https://site.example${p}</loc></url>`)
      .join('');
    expect(publishedPaths(xml)).toEqual(['/docs/the-role/', '/es/docs/the-role/']);
  });
});

describe('syllabus schema', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../static/curriculum/schema.json'), 'utf8')) as object;
  const lesson = {
    id: 'the-role/api-design',
    title: 'API design',
    permalink: '/docs/the-role/api-design/',
    url: 'https://site.example/docs/the-role/api-design/',
    minutes: 95,
    level: 'mid',
    objectives: ['Design a contract'],
    checklist: [{id: 'api-idempotency-keys', label: 'I can explain idempotency keys.'}],
  };
  const syllabus = {
    edition: '2026',
    label: '2026',
    isLatest: true,
    released: true,
    totals: {modules: 1, lessons: 1, minutes: 95, checklistItems: 1},
    modules: [{id: 'the-role', title: 'The role', permalink: '/docs/the-role/', objectives: [], minutes: 95, lessons: [lesson]}],
  };
  const check = (value: unknown) => {
    dir = mkdtempSync(join(tmpdir(), 'syllabus-'));
    const file = join(dir, '2026.json');
    writeFileSync(file, JSON.stringify(value));
    return validateCurricula([file], schema);
  };

  it('accepts a well-formed syllabus', () => {
    expect(check(syllabus)).toEqual([]);
  });

  it('rejects a bad level, a bad checklist id and a missing field', () => {
    const bad = {...syllabus, modules: [{...syllabus.modules[0], lessons: [{...lesson, level: 'expert', checklist: [{id: 'Bad Id', label: 'x'}]}]}]};
    const {totals: _totals, ...missing} = syllabus;
    expect(check(bad).join('\n')).toMatch(/level.*must be equal to one of the allowed values[\s\S]*checklist\/0\/id must match pattern/);
    expect(check(missing).join('\n')).toMatch(/must have required property 'totals'/);
  });
});

describe('social cards in the build', () => {
  function buildWith(images: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'cards-'));
    for (const {path, card} of SOCIAL_CARD_PAGES) {
      mkdirSync(join(dir, dirname(path)), {recursive: true});
      const image = images[card] ?? `https://example.org/${SOCIAL_CARDS[card].file}`;
      writeFileSync(join(dir, path), `<html><head><meta data-rh=true property=og:image content=${image} /></head></html>`);
    }
    return dir;
  }

  it('accepts each page type with its own card', () => {
    expect(socialCardProblems(buildWith({}))).toEqual([]);
  });

  it('names the page and the expected card when a lesson shows the site card', () => {
    const problems = socialCardProblems(buildWith({lesson: 'https://example.org/img/social/site.png'}));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/api-design\/index\.html: og:image is https:\/\/example\.org\/img\/social\/site\.png, expected the lesson card img\/social\/lesson\.png/);
  });
});

describe('client bundles', () => {
  it('names the bundle that brings Prism back, and passes bundles without it', () => {
    dir = mkdtempSync(join(tmpdir(), 'build-'));
    mkdirSync(join(dir, 'assets', 'js'), {recursive: true});
    writeFileSync(join(dir, 'assets', 'js', 'main.1.js'), 'var a={insertBefore:function(){},DFS:function e(t){}};');
    writeFileSync(join(dir, 'assets', 'js', 'page.2.js'), 'var b={render:function(){}};');
    const problems = clientPrismProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/main\.1\.js: this bundle contains Prism/);
  });
});

describe('version placeholders', () => {
  it('finds a placeholder left in a page, also when React split it, and passes resolved pages', () => {
    dir = mkdtempSync(join(tmpdir(), 'build-'));
    mkdirSync(join(dir, 'docs', 'a'), {recursive: true});
    mkdirSync(join(dir, 'docs', 'b'), {recursive: true});
    mkdirSync(join(dir, 'docs', 'c'), {recursive: true});
    writeFileSync(join(dir, 'docs', 'a', 'index.html'), '<p>we use %version<!-- -->:postgresql<!-- -->%.</p>');
    writeFileSync(join(dir, 'docs', 'b', 'index.html'), '<p>since %release/go/1.22%, loops</p>');
    writeFileSync(join(dir, 'docs', 'c', 'index.html'), '<p>Error rate above 5% for 10% of users on Node.js 24.</p>');
    const problems = placeholderProblems(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/docs\/a\/index\.html: shows the version placeholder "%version<!-- -->:postgresql<!-- -->%"/);
    expect(problems[1]).toMatch(/docs\/b\/index\.html: shows the version placeholder "%release\/go\/1\.22%"/);
  });
});
