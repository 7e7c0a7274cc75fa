import React, {startTransition, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {codeWrapped, setCodeWrapped, subscribeCodeWrap} from '@site/src/lib/code-wrap';
import styles from './styles.module.css';

/**
 * The learner's wrap choice. The server renders code unwrapped; the stored choice follows in a
 * transition, in a task of its own, as ticks do (src/lib/useProgress.ts explains why).
 */
function useCodeWrap(): boolean {
  const [wrapped, setWrapped] = useState(false);
  useEffect(() => {
    const update = () => setWrapped(codeWrapped());
    const unsubscribe = subscribeCodeWrap(update);
    const timer = setTimeout(() => startTransition(update), 0);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return wrapped;
}

/** What plugins/highlight-code puts on a fenced block's `pre`. */
type Props = {'data-title'?: string; 'data-language'?: string; 'data-html'?: string};

/**
 * A fenced code block, highlighted at build time (plugins/highlight-code), which hands over the code as
 * HTML: set as inner HTML, its token spans are not React elements to create or hydrate. A header shows
 * the file name (or the language), a wrap toggle (remembered for every block: on a phone most code is
 * wider than the screen) and a copy button, kept off the code on narrow screens. Wrapping only changes
 * how lines are drawn: copying still gives the original lines. The pre is focusable so that a keyboard
 * user can scroll wide code.
 */
export default function CodeBlock({'data-title': title, 'data-language': language, 'data-html': html = ''}: Props): ReactNode {
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const wrapped = useCodeWrap();
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    await navigator.clipboard.writeText(pre.current?.textContent ?? '');
    setCopied(true);
  };

  return (
    <div className={clsx(styles.block, 'code-block')}>
      <div className={styles.header}>
        <span className={styles.title}>{title ?? language}</span>
        <button type="button" className={styles.button} aria-pressed={wrapped} onClick={() => setCodeWrapped(!wrapped)}>
          {translate({id: 'codeBlock.wrap', message: 'Wrap lines'})}
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => void copy()}>
          <span aria-live="polite">
            {copied ? translate({id: 'theme.CodeBlock.copied', message: 'Copied'}) : translate({id: 'theme.CodeBlock.copy', message: 'Copy'})}
          </span>
        </button>
      </div>
      <pre ref={pre} tabIndex={0} className={clsx(styles.pre, wrapped && styles.wrapped)}>
        <code className={language ? `language-${language}` : undefined} dangerouslySetInnerHTML={{__html: html}} />
      </pre>
    </div>
  );
}
