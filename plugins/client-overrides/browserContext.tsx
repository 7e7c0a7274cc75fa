/**
 * Stand-in for @docusaurus/core's client/browserContext.js (same exports, same behaviour) whose one
 * change is that `useIsBrowser()` turns true in a transition. See ./index.ts for why.
 */
import React, {createContext, startTransition, useEffect, useState, type ReactNode} from 'react';

export const Context = createContext(false);

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => startTransition(() => setIsBrowser(true)), []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
