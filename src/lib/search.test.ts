import {describe, expect, it} from 'vitest';
import {ALL_EDITIONS, editionFilters, excerptParts, matchesQuery, normaliseQuery, withoutHeading, nextOption, readerEdition, siteRoot, toSearchHit, type PagefindFragment} from './search';

describe('normaliseQuery', () => {
  it('composes accents, collapses spaces and trims', () => {
    expect(normaliseQuery('  idempote\u0302ncia   retries ')).toBe('idempotência retries');
    expect(normaliseQuery('cursor\tpagination')).toBe('cursor pagination');
  });

  it('sends nothing for a query too short to mean anything', () => {
    expect(normaliseQuery(' a ')).toBe('');
    expect(normaliseQuery('')).toBe('');
    expect(normaliseQuery('go')).toBe('go');
  });
});

describe('the edition filter', () => {
  const known = ['2026', 'next'];
  it("starts at the page's edition, then the last one read, then the latest", () => {
    expect(readerEdition({pageEdition: 'next', lastRead: '2026', latest: '2026', known})).toBe('next');
    expect(readerEdition({pageEdition: null, lastRead: 'next', latest: '2026', known})).toBe('next');
    expect(readerEdition({lastRead: '2019', latest: '2026', known})).toBe('2026');
    expect(readerEdition({latest: '2026', known})).toBe('2026');
  });

  it('narrows to one edition, or to none for every edition', () => {
    expect(editionFilters('2026')).toEqual({edition: '2026'});
    expect(editionFilters(ALL_EDITIONS)).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptParts('Depende de la <mark>idempotencia:</mark> la RFC define <mark>GET</mark>')).toEqual([
      {text: 'Depende de la ', marked: false},
      {text: 'idempotencia:', marked: true},
      {text: ' la RFC define ', marked: false},
      {text: 'GET', marked: true},
    ]);
  });

  it('keeps any other markup as text, and decodes what Pagefind escaped', () => {
    expect(excerptParts('a &lt;script&gt; tag &amp; <img src=x onerror=alert(1)> <mark>x</mark>')).toEqual([
      {text: 'a <script> tag & <img src=x onerror=alert(1)> ', marked: false},
      {text: 'x', marked: true},
    ]);
  });
});

describe('toSearchHit', () => {
  const fragment: PagefindFragment = {
    url: '/docs/the-role/api-design/',
    excerpt: 'page <mark>idempotency</mark>',
    meta: {title: 'API design'},
    filters: {edition: ['2026']},
    sub_results: [
      {title: 'API design', url: '/docs/the-role/api-design/', excerpt: 'opening <mark>idempotency</mark>', weighted_locations: [{balanced_score: 1}]},
      {title: 'Retries', url: '/docs/the-role/api-design/#retries', excerpt: 'retry <mark>idempotency</mark> keys', anchor: {id: 'retries'}, weighted_locations: [{balanced_score: 2}, {balanced_score: 3}]},
      {title: 'Errors', url: '/docs/the-role/api-design/#errors', excerpt: 'errors', anchor: {id: 'errors'}, weighted_locations: [{balanced_score: 4}]},
    ],
  };

  it('links to the section where the words weigh most, with its heading and excerpt', () => {
    expect(toSearchHit(fragment)).toEqual({
      title: 'API design',
      section: 'Retries',
      url: '/docs/the-role/api-design/#retries',
      excerpt: [
        {text: 'retry ', marked: false},
        {text: 'idempotency', marked: true},
        {text: ' keys', marked: false},
      ],
      edition: '2026',
    });
  });

  it("shows the lesson's opening without a section heading, and a page without sections as itself", () => {
    const opening = toSearchHit({...fragment, sub_results: fragment.sub_results!.slice(0, 1)});
    expect([opening.section, opening.url]).toEqual([null, '/docs/the-role/api-design/']);
    const bare = toSearchHit({url: '/docs/x/', excerpt: '<mark>x</mark>', meta: {}});
    expect(bare).toEqual({title: '/docs/x/', section: null, url: '/docs/x/', excerpt: [{text: 'x', marked: true}], edition: null});
  });
});

describe('siteRoot', () => {
  it("drops a translation's locale from the base address, and keeps a fork's path", () => {
    expect(siteRoot('/es/', 'es', 'en')).toBe('/');
    expect(siteRoot('/latam-backend-path/pt-BR/', 'pt-BR', 'en')).toBe('/latam-backend-path/');
    expect(siteRoot('/latam-backend-path/', 'en', 'en')).toBe('/latam-backend-path/');
  });
});

describe('nextOption', () => {
  it('moves down from the field through the options and back to the field', () => {
    expect([nextOption(-1, 3, 1), nextOption(0, 3, 1), nextOption(2, 3, 1)]).toEqual([0, 1, -1]);
  });

  it('moves up from the field to the last option', () => {
    expect([nextOption(-1, 3, -1), nextOption(0, 3, -1), nextOption(-1, 0, -1)]).toEqual([2, -1, -1]);
  });
});

describe('matchesQuery', () => {
  const page = (content: string, locations: number[]): PagefindFragment => ({url: '/x/', excerpt: '', meta: {}, content, locations});

  it('keeps pages whose matched words are forms of a query word, accents and case aside', () => {
    expect(matchesQuery(page('Depende de la idempotencia: GET es idempotente', [3, 6]), 'idempotencia')).toBe(true);
    expect(matchesQuery(page('Unos auriculares con micrófono importan', [3]), 'microfono')).toBe(true);
    expect(matchesQuery(page('Idempotency keys', [0]), 'idem')).toBe(true);
    expect(matchesQuery(page('Go and Java', [0]), 'go')).toBe(true);
  });

  it("drops Pagefind's fallback matches on a query's first letters", () => {
    expect(matchesQuery(page('The cost is Z."', [3]), 'zzqxwv')).toBe(false);
    expect(matchesQuery(page('a blocking call', [1]), 'blorptangle')).toBe(false);
  });

  it('keeps a page when any word of a longer query matches, and trusts pages it cannot check', () => {
    expect(matchesQuery(page('cursor pagination', [1]), 'zzz pagination')).toBe(true);
    expect(matchesQuery({url: '/x/', excerpt: '', meta: {}}, 'zzqxwv')).toBe(true);
  });
});

describe('withoutHeading', () => {
  it("drops the section's heading from the start of its excerpt, marks included", () => {
    const parts = excerptParts('Garantías de entrega y consumidores <mark>idempotentes</mark> Garantías de entrega y consumidores <mark>idempotentes.</mark> Cuando');
    expect(withoutHeading(parts, 'Garantías de entrega y consumidores idempotentes')).toEqual([
      {text: 'Garantías de entrega y consumidores ', marked: false},
      {text: 'idempotentes.', marked: true},
      {text: ' Cuando', marked: false},
    ]);
  });

  it('leaves an excerpt that does not start with the heading, or has none, alone', () => {
    const parts = excerptParts('de <mark>idempotencia.</mark> Una operación');
    expect(withoutHeading(parts, 'Claves de idempotencia')).toBe(parts);
    expect(withoutHeading(parts, null)).toBe(parts);
  });
});
