import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {useProgress} from '@site/src/lib/useProgress';

/**
 * The theme's sidebar link, with a check mark (and ", read" for screen readers) on lessons the learner
 * has read. The sidebar is drawn after hydration (wide screens) or when the phone menu opens, so this
 * costs a page's first load nothing.
 */
export default function LinkWrapper(props: WrapperProps<typeof LinkType>): ReactNode {
  const {record} = useProgress();
  const {item} = props;
  if (!item.docId || !(item.docId in record.read)) return <Link {...props} />;
  return (
    <Link
      {...props}
      item={{...item, className: clsx(item.className, 'menu__list-item--read')}}
      aria-label={translate({id: 'sidebar.lessonRead', message: '{lesson}, read'}, {lesson: item.label})}
    />
  );
}
