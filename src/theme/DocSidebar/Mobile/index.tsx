/**
 * The theme's mobile docs sidebar, handing its props to the navbar menu as one memoized object.
 *
 * The theme's NavbarSecondaryMenuFiller memoizes the props it is given by sorting their keys with
 * localeCompare. The first localeCompare on a page loads the browser's collation data: a 40 ms task on
 * this project's test machine, right after hydration, on every docs page opened on a phone. One key
 * sorts without a comparison. Otherwise this is the theme's component.
 */
import React, {memo, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

type Menu = Pick<Props, 'sidebar' | 'path'>;

function DocSidebarMobileSecondaryMenu({menu: {sidebar, path}}: {menu: Menu}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // The menu closes when the item navigates somewhere (a link, or a category with a page).
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu}} />;
}

export default memo(DocSidebarMobile);
