import React, {createElement, useLayoutEffect, useRef, useState, type ElementType, type MouseEvent, type ReactNode} from 'react';
import {useMDXComponents} from '@mdx-js/react';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {isHydrating} from '@site/src/lib/hydration';
import {inAppPath} from '@site/src/lib/in-app-link';
import type {StaticBlockTag} from '@site/src/lib/static-blocks';

type Props = {as: StaticBlockTag; id?: string; className?: string; children?: ReactNode};

/**
 * A block of a page's content that the browser keeps as the server rendered it
 * (plugins/rehype-static-blocks marks the blocks: headings, paragraphs, lists, tables and quotes with
 * nothing interactive in them).
 *
 * On the server, and on every page reached by client-side navigation, it renders the MDX component
 * for its tag, so links, anchors and the broken-link check work as for any block. While React
 * hydrates the first page, it renders only the outer element, with an empty inner HTML that React
 * leaves alone: the hundreds of elements inside cost no fiber, no hydration and no commit. Two things
 * a hydrated block would do are done here instead: a click on an internal link inside goes through
 * the router, as Docusaurus's Link would, and if the element turns out empty (React had to render
 * afresh instead of hydrating), the block renders its content.
 */
export default function StaticBlock({as, ...props}: Props): ReactNode {
  const components = useMDXComponents() as Record<string, ElementType | undefined>;
  const history = useHistory();
  const {siteConfig, i18n} = useDocusaurusContext();
  const [skipsHydration, setSkipsHydration] = useState(isHydrating);
  const element = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (skipsHydration && !element.current?.hasChildNodes()) setSkipsHydration(false);
  }, [skipsHydration]);

  if (!skipsHydration) return createElement(components[as] ?? as, props);

  const followLink = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const path = inAppPath(event, {href: link.href, target: link.target, download: link.hasAttribute('download')}, {href: window.location.href, baseUrl: siteConfig.baseUrl, locales: i18n.locales});
    if (path === null) return;
    event.preventDefault();
    history.push(path);
  };
  return createElement(as, {ref: element, onClick: followLink, dangerouslySetInnerHTML: {__html: ''}, suppressHydrationWarning: true});
}
