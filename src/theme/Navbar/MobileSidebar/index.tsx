/**
 * The theme's phone menu, built when the learner reaches for its toggle instead of right after
 * hydration.
 *
 * On a narrow screen the theme mounts the whole menu (every navbar item and, on docs pages, the whole
 * docs sidebar) as soon as the page hydrates, hidden until the toggle is pressed. On a lesson that is
 * hundreds of components in the task after hydration, about 40 ms of main thread on this project's test
 * machine, for a menu most readers never open. Here the menu is built on the first pointer down on the
 * toggle or when the toggle gets keyboard focus; both come before the click that opens it, so the menu
 * still slides in. A click that arrives without either (assistive technology can send one) builds and
 * opens it at once. Otherwise this is the theme's component.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

/** The theme's toggle button (Navbar/MobileSidebar/Toggle). */
const TOGGLE_SELECTOR = '.navbar__toggle';

/** True once the learner has shown intent to open the menu. */
function useMenuWanted(shouldRender: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!shouldRender || wanted) return undefined;
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(TOGGLE_SELECTOR)) setWanted(true);
    };
    document.addEventListener('pointerdown', onIntent, true);
    document.addEventListener('focusin', onIntent, true);
    return () => {
      document.removeEventListener('pointerdown', onIntent, true);
      document.removeEventListener('focusin', onIntent, true);
    };
  }, [shouldRender, wanted]);
  return wanted;
}

export default function NavbarMobileSidebar(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const wanted = useMenuWanted(mobileSidebar.shouldRender);
  if (!mobileSidebar.shouldRender || !(wanted || mobileSidebar.shown)) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
