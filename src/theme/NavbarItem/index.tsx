import {memo} from 'react';
import NavbarItem from '@theme-original/NavbarItem';

/**
 * The theme's navbar item, re-rendered only when its props (one entry of the navbar config, which
 * never changes) or a context it reads change. Just after hydration the navbar re-renders for the
 * phone layout, and without this every item and link in it re-rendered with it, in the same long task.
 */
export default memo(NavbarItem);
