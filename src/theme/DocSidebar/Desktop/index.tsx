import React, {type ReactNode} from 'react';
import DocSidebarDesktop from '@theme-original/DocSidebar/Desktop';
import type DocSidebarDesktopType from '@theme/DocSidebar/Desktop';
import type {WrapperProps} from '@docusaurus/types';
import RenderedAfterHydration from '@site/src/components/RenderedAfterHydration';

/** The wide-screen sidebar, not hydrated: a phone drops it right after hydration (see the component). */
export default function DocSidebarDesktopWrapper(props: WrapperProps<typeof DocSidebarDesktopType>): ReactNode {
  return (
    <RenderedAfterHydration>
      <DocSidebarDesktop {...props} />
    </RenderedAfterHydration>
  );
}
