import {describe, expect, it} from 'vitest';
import {isCandidatePage, pageUrl} from './search-index';

describe('the search index', () => {
  it('gives each built page its address', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('es/docs/the-role/api-design/index.html')).toBe('/es/docs/the-role/api-design/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });

  it('offers Pagefind every page but printable modules and its own bundle', () => {
    expect(isCandidatePage('pt-BR/docs/next/stacks/go/index.html')).toBe(true);
    expect(isCandidatePage('docs/stacks/print/index.html')).toBe(false);
    expect(isCandidatePage('pagefind/fragment/en_1.pf_fragment')).toBe(false);
    expect(isCandidatePage('assets/js/main.js')).toBe(false);
  });
});
