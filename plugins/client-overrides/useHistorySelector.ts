/**
 * theme-common's `useHistorySelector`, for the navbar's version and language menus (see
 * ./themeCommonForNavbarMenus.ts), with the same results at every moment but one re-render fewer.
 *
 * The original is a `useSyncExternalStore` whose server snapshot hides the address's query and hash
 * (the server knows neither). On a page opened with either (`/search/?q=…`, a link to a section's
 * anchor), React hydrates with the hidden snapshot, then re-renders synchronously, in one task, to show
 * the real one. Here the query and hash appear in a transition instead, which React renders in slices.
 */
import {startTransition, useEffect, useReducer, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {isHydrating} from '@site/src/lib/hydration';

type History = ReturnType<typeof useHistory>;

/** The history as the server saw it: no query, no hash, no state. */
const asOnServer = (history: History): History => ({...history, location: {...history.location, search: '', hash: '', state: undefined}});

export function useHistorySelector<Value>(selector: (history: History) => Value): Value {
  const history = useHistory();
  const [hidesAddressDetails, setHidesAddressDetails] = useState(isHydrating);
  const [, rerender] = useReducer((renders: number) => renders + 1, 0);
  useEffect(() => {
    startTransition(() => setHidesAddressDetails(false));
    return history.listen(() => rerender());
  }, [history]);
  return selector(hidesAddressDetails ? asOnServer(history) : history);
}
