/**
 * Checks that the blog feeds are what readers' feed apps expect: well-formed XML, RSS 2.0 with a channel
 * and items, Atom 1.0 with ids, titles, dates and links. Returns problems; empty means valid.
 */
import {SaxesParser} from 'saxes';

type Element = {name: string; attributes: Record<string, string>; children: Element[]; text: string};

export function parseXml(xml: string): Element {
  const parser = new SaxesParser({xmlns: false});
  const root: Element = {name: '#document', attributes: {}, children: [], text: ''};
  const stack: Element[] = [root];
  parser.on('opentag', (tag) => {
    const element: Element = {name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: ''};
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => (stack[stack.length - 1]!.text += text));
  parser.on('cdata', (text) => (stack[stack.length - 1]!.text += text));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root;
}

const child = (el: Element | undefined, name: string) => el?.children.find((c) => c.name === name);
const children = (el: Element | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
const isDate = (value: string | undefined) => value !== undefined && !Number.isNaN(Date.parse(value));

export function rssProblems(xml: string): string[] {
  let doc: Element;
  try {
    doc = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const rss = child(doc, 'rss');
  if (!rss || rss.attributes.version !== '2.0') return ['the root element is not <rss version="2.0">'];
  const channel = child(rss, 'channel');
  if (!channel) return ['no <channel>'];
  const problems = ['title', 'link', 'description'].filter((n) => !child(channel, n)?.text.trim()).map((n) => `<channel> has no <${n}>`);
  const items = children(channel, 'item');
  if (items.length === 0) problems.push('no <item>');
  items.forEach((item, i) => {
    if (!child(item, 'title')?.text.trim() && !child(item, 'description')?.text.trim()) problems.push(`item ${i + 1} has neither title nor description`);
    if (!/^https?:\/\//.test(child(item, 'link')?.text.trim() ?? '')) problems.push(`item ${i + 1} has no absolute <link>`);
    if (!isDate(child(item, 'pubDate')?.text)) problems.push(`item ${i + 1} has no valid <pubDate>`);
  });
  return problems;
}

export function atomProblems(xml: string): string[] {
  let doc: Element;
  try {
    doc = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const feed = child(doc, 'feed');
  if (!feed || feed.attributes.xmlns !== 'http://www.w3.org/2005/Atom') return ['the root element is not an Atom <feed>'];
  const problems = ['id', 'title'].filter((n) => !child(feed, n)?.text.trim()).map((n) => `<feed> has no <${n}>`);
  if (!isDate(child(feed, 'updated')?.text)) problems.push('<feed> has no valid <updated>');
  const entries = children(feed, 'entry');
  if (entries.length === 0) problems.push('no <entry>');
  entries.forEach((entry, i) => {
    for (const n of ['id', 'title']) if (!child(entry, n)?.text.trim()) problems.push(`entry ${i + 1} has no <${n}>`);
    if (!isDate(child(entry, 'updated')?.text)) problems.push(`entry ${i + 1} has no valid <updated>`);
    if (!child(entry, 'link')?.attributes.href) problems.push(`entry ${i + 1} has no <link href>`);
  });
  return problems;
}
