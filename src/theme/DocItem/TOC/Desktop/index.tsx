import React, {type ReactNode} from 'react';
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import RenderedAfterHydration from '@site/src/components/RenderedAfterHydration';

/** The wide-screen table of contents, not hydrated: a phone drops it right after hydration (see the component). */
export default function DocItemTOCDesktopWrapper(): ReactNode {
  return (
    <RenderedAfterHydration>
      <DocItemTOCDesktop />
    </RenderedAfterHydration>
  );
}
