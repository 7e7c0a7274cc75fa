import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import {isHydrating} from '@site/src/lib/hydration';
import styles from './styles.module.css';

/**
 * Children that the server renders as usual and the browser renders afresh just after hydration,
 * without hydrating them.
 *
 * For the side columns of a docs page (the sidebar and the table of contents), which the theme keeps
 * only on a wide screen: it renders them for hydration, since the server cannot know the screen, and
 * on a phone removes them once hydration is over. Hydrating them there was work thrown away at once
 * (about 350 of a lesson's 1,400 React fibers, created, committed and then deleted). While React
 * hydrates, this renders only its wrapper, with an empty inner HTML that React leaves alone, so the
 * server's columns stay on screen; then, in a transition, the children themselves, which on a phone
 * the theme has already dropped. On every page reached by client-side navigation it renders the
 * children directly. The wrapper takes no box of its own (`display: contents`).
 */
export default function RenderedAfterHydration({children}: {children: ReactNode}): ReactNode {
  const [keepsServerHtml, setKeepsServerHtml] = useState(isHydrating);
  useEffect(() => {
    if (keepsServerHtml) startTransition(() => setKeepsServerHtml(false));
  }, [keepsServerHtml]);
  if (keepsServerHtml) return <div className={styles.wrapper} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  return <div className={styles.wrapper}>{children}</div>;
}
