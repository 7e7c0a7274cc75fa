/**
 * Which clicks on a plain `<a>` the site's router should handle instead of the browser: the
 * client-side navigation that Docusaurus's Link gives the links React renders, for links that React
 * does not hydrate (src/components/StaticBlock).
 */

/** The click, as far as the choice depends on it. */
export type LinkClick = {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
};

/** The link clicked: its resolved href and whether it asks for a new browsing context or a download. */
export type ClickedLink = {href: string; target: string; download: boolean};

/** The page the click happened on and the site it belongs to. */
export type SiteLocation = {href: string; baseUrl: string; locales: readonly string[]};

/**
 * The path (with query and hash) to push to the router, or null when the browser should follow the
 * link itself: a modified or non-primary click, a new tab or download, another origin, another
 * locale's site (each locale is a separate build), a file rather than a page, or a jump within the
 * same page.
 */
export function inAppPath(click: LinkClick, link: ClickedLink, site: SiteLocation): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((link.target !== '' && link.target !== '_self') || link.download) return null;
  const url = new URL(link.href, site.href);
  const here = new URL(site.href);
  if (url.origin !== here.origin || !url.pathname.startsWith(site.baseUrl)) return null;
  const firstSegment = url.pathname.slice(site.baseUrl.length).split('/')[0] ?? '';
  if (site.locales.includes(firstSegment)) return null;
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  if (url.pathname === here.pathname && url.search === here.search && url.hash !== '') return null;
  return url.pathname + url.search + url.hash;
}
