import {describe, expect, it} from 'vitest';
import {atomProblems, rssProblems} from './feeds';

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>https://x.example/blog</link><description>Posts</description>${items}</channel></rss>`;
const item = '<item><title>Post</title><link>https://x.example/blog/post</link><pubDate>Sat, 28 Nov 2026 00:00:00 GMT</pubDate></item>';
const atom = (entries: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://x.example/blog</id><title>Blog</title><updated>2026-11-28T00:00:00.000Z</updated>${entries}</feed>`;
const entry = '<entry><id>https://x.example/blog/post</id><title>Post</title><updated>2026-11-28T00:00:00.000Z</updated><link href="https://x.example/blog/post"/></entry>';

describe('feed checks', () => {
  it('accept valid RSS 2.0 and Atom', () => {
    expect(rssProblems(rss(item))).toEqual([]);
    expect(atomProblems(atom(entry))).toEqual([]);
  });

  it('reject malformed XML', () => {
    expect(rssProblems('<rss version="2.0"><channel>')[0]).toMatch(/not well-formed XML/);
  });

  it('reject a feed of the wrong kind or version', () => {
    expect(rssProblems(atom(entry))).toEqual(['the root element is not <rss version="2.0">']);
    expect(rssProblems(rss(item).replace('version="2.0"', 'version="0.91"'))).toEqual(['the root element is not <rss version="2.0">']);
    expect(atomProblems(rss(item))).toEqual(['the root element is not an Atom <feed>']);
  });

  it('name items with missing dates or links', () => {
    expect(rssProblems(rss(item.replace(/<pubDate>.*<\/pubDate>/, '')))).toEqual(['item 1 has no valid <pubDate>']);
    expect(atomProblems(atom(entry.replace(/<link[^>]*\/>/, '')))).toEqual(['entry 1 has no <link href>']);
  });
});
