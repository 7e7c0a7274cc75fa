/**
 * Wraps the local search box so that it never takes keyboard focus back from the learner once its index
 * has downloaded (see src/lib/focusGuard.ts).
 */
import {useEffect, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import {guardDeferredFocus} from '@site/src/lib/focusGuard';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  useEffect(() => {
    const input = document.querySelector<HTMLInputElement>('input.navbar__search-input');
    return input ? guardDeferredFocus(input) : undefined;
  }, []);
  return <SearchBar {...props} />;
}
