import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Props = ComponentProps<'pre'> & {'data-title'?: string; 'data-language'?: string};

/**
 * A fenced code block, already highlighted at build time (plugins/highlight-code): a header with the file
 * name (or the language) and a copy button, then the code. The header keeps the button off the code on
 * narrow screens. The pre is focusable so that a keyboard user can scroll wide code.
 */
export default function CodeBlock({children, className, 'data-title': title, ...rest}: Props): ReactNode {
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
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
        <span className={styles.title}>{title ?? rest['data-language']}</span>
        <button
          type="button"
          className={styles.copy}
          onClick={() => void copy()}>
          <span aria-live="polite">
            {copied ? translate({id: 'theme.CodeBlock.copied', message: 'Copied'}) : translate({id: 'theme.CodeBlock.copy', message: 'Copy'})}
          </span>
        </button>
      </div>
      <pre {...rest} ref={pre} tabIndex={0} className={clsx(className, styles.pre)}>
        {children}
      </pre>
    </div>
  );
}
