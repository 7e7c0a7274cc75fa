import React, {type ReactNode} from 'react';
import type {ExcerptPart} from '@site/src/lib/search';

/** An excerpt with the matched words in `<mark>`, every part rendered as text (never as HTML). */
export function Excerpt({parts, className}: {parts: ExcerptPart[]; className?: string}): ReactNode {
  return (
    <span className={className}>
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>))}
    </span>
  );
}
