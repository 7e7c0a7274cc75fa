/**
 * Whether React is hydrating the page the server rendered. True in the browser of a built site from
 * the start until the first commit, which src/clientModules/hydration.ts reports; false on the
 * server, in development (`docusaurus start` renders without hydrating) and for every page reached by
 * client-side navigation. A component that decides at hydration time reads it once, in a state
 * initializer, so that its choice never changes afterwards.
 */
let hydrating = typeof window !== 'undefined' && Boolean(process.env.HYDRATE_CLIENT_ENTRY);

export const isHydrating = (): boolean => hydrating;

export function setHydrating(value: boolean): void {
  hydrating = value;
}
