/**
 * The search box's and search page's pure logic (src/components/Search): what is sent to Pagefind, which
 * edition a search is narrowed to, and how Pagefind's answer becomes the results a reader sees.
 */

/** The shortest query sent: a single letter matches most of the site and downloads much of the index. */
export const MIN_QUERY_LENGTH = 2;

/** Results the navbar box lists; the search page lists more. */
export const BOX_RESULT_LIMIT = 5;
export const PAGE_RESULT_LIMIT = 20;

/**
 * The query as Pagefind gets it: composed Unicode (a phone keyboard may send "í" as "i" plus an accent,
 * which is a different string), single spaces, no edges. Pagefind itself ignores case and accents
 * ("articulo" finds "artículo"), so nothing more is removed. Empty when too short to search.
 */
export function normaliseQuery(input: string): string {
  const query = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  return query.length >= MIN_QUERY_LENGTH ? query : '';
}

/** Every edition, the wider choice the reader can make; otherwise one edition's slug ("2026", "next"). */
export const ALL_EDITIONS = 'all';

/**
 * The edition a search starts narrowed to: the page's own edition when the reader is on a lesson,
 * otherwise the one they last read a lesson in, otherwise the latest released edition.
 */
export function readerEdition({pageEdition, lastRead, latest, known}: {pageEdition?: string | null; lastRead?: string | null; latest: string; known: string[]}): string {
  for (const edition of [pageEdition, lastRead]) {
    if (edition && known.includes(edition)) return edition;
  }
  return latest;
}

/** Pagefind's `filters` option for an edition (the `edition` filter set by src/theme/DocItem/Content). */
export function editionFilters(edition: string): {edition: string} | undefined {
  return edition === ALL_EDITIONS ? undefined : {edition};
}

/** The parts of Pagefind's answer for one page that the results use (its PagefindSearchFragment). */
export type PagefindFragment = {
  url: string;
  excerpt: string;
  /** The page's indexed text, and the positions (in words) of the words that matched. */
  content?: string;
  locations?: number[];
  meta: {title?: string};
  filters?: Record<string, string[]>;
  sub_results?: {title: string; url: string; excerpt: string; anchor?: unknown; weighted_locations?: {balanced_score: number}[]}[];
};

/** A piece of an excerpt: plain text, or words that matched the query. */
export type ExcerptPart = {text: string; marked: boolean};

export type SearchHit = {
  /** The lesson's title. */
  title: string;
  /** The heading of the section that matched best, or null when that is the lesson's opening. */
  section: string | null;
  /** The section's address (with its anchor), or the lesson's. */
  url: string;
  excerpt: ExcerptPart[];
  /** The lesson's edition slug, when the index has one. */
  edition: string | null;
};

const ENTITIES: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' '};
const decodeEntities = (text: string) => text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matched words) as parts to render as text, so
 * that no markup from the index ever reaches the page as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({text: decodeEntities(excerpt.slice(last, match.index)), marked: false});
    parts.push({text: decodeEntities(match[1]!), marked: true});
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({text: decodeEntities(excerpt.slice(last)), marked: false});
  return parts.filter((part) => part.text.length > 0);
}

const folded = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

/**
 * Whether a page Pagefind returned really matches the query. When no word of the index matches,
 * Pagefind falls back to ever shorter beginnings of the query ("zzqxwv" finds the letter "Z"), which
 * would show unrelated lessons instead of saying that nothing matches. A page is kept when one of its
 * matched words shares, accents and case aside, a beginning with a word of the query at least half as
 * long as that word (three letters at least, or the whole word if shorter): stems and word forms pass
 * ("idempotencia" and "idempotentes"), fallbacks do not.
 */
export function matchesQuery(fragment: PagefindFragment, query: string): boolean {
  if (!fragment.content || !fragment.locations) return true;
  const words = fragment.content.split(/\s+/);
  const matched = fragment.locations.map((location) => folded(words[location] ?? ''));
  return query.split(' ').some((queryWord) => {
    const wanted = folded(queryWord);
    const needed = Math.min(wanted.length, Math.max(3, Math.ceil(wanted.length / 2)));
    return needed > 0 && matched.some((word) => commonPrefix(word, wanted) >= needed);
  });
}

/**
 * A section's excerpt without the section's heading at its start: Pagefind's excerpt of a section begins
 * with its heading's words when the match is near it, and the result shows the heading already.
 */
export function withoutHeading(parts: ExcerptPart[], heading: string | null): ExcerptPart[] {
  const plain = parts.map((part) => part.text).join('');
  if (!heading || !plain.startsWith(heading)) return parts;
  const rest: ExcerptPart[] = [];
  let skip = heading.length;
  for (const part of parts) {
    if (skip >= part.text.length) {
      skip -= part.text.length;
      continue;
    }
    rest.push({...part, text: part.text.slice(skip)});
    skip = 0;
  }
  if (rest[0]) rest[0] = {...rest[0], text: rest[0].text.replace(/^[\s.:]+/, '')};
  return rest.filter((part) => part.text.length > 0);
}

const score = (locations: {balanced_score: number}[] = []) => locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * One result per lesson: its title, and the section where the query's words weigh most (Pagefind's
 * sub-results are the lesson's parts between headings that have ids). The lesson's opening, before any
 * such heading, has no anchor and is shown without a section heading.
 */
export function toSearchHit(fragment: PagefindFragment): SearchHit {
  const title = fragment.meta.title ?? fragment.url;
  const best = [...(fragment.sub_results ?? [])].sort((a, b) => score(b.weighted_locations) - score(a.weighted_locations))[0];
  const section = best && best.anchor !== undefined && best.title !== title ? best.title : null;
  return {
    title,
    section,
    url: best?.url ?? fragment.url,
    excerpt: withoutHeading(excerptParts(best?.excerpt ?? fragment.excerpt), section),
    edition: fragment.filters?.edition?.[0] ?? null,
  };
}

/**
 * The site's root address, where the one index for every language lives (build/pagefind/): a
 * translated site's `baseUrl` ends with its locale ("/es/"), the index does not.
 */
export function siteRoot(baseUrl: string, locale: string, defaultLocale: string): string {
  const suffix = `${locale}/`;
  return locale !== defaultLocale && baseUrl.endsWith(suffix) ? baseUrl.slice(0, -suffix.length) : baseUrl;
}

/**
 * The option the arrow keys move to in a list of `count` options, -1 being the field itself: down from
 * the field to the first option, past the last back to the field, and up the other way round.
 */
export function nextOption(current: number, count: number, step: 1 | -1): number {
  return ((((current + 1 + step) % (count + 1)) + count + 1) % (count + 1)) - 1;
}
