import {startTransition, useEffect, useState} from 'react';
import {isHydrating} from './hydration';
import {progressStore, type ProgressSnapshot} from './progress-store';

/** Whether this render must match the server's HTML, which was rendered with nothing ticked. */
const matchesServer = (): boolean => typeof window === 'undefined' || isHydrating();

/**
 * The learner's progress.
 *
 * A hydrating page starts from what the server rendered, and the stored progress follows in a
 * transition, which React renders in short slices. (`useSyncExternalStore` re-renders the whole page
 * synchronously, in one long task, whenever the server's snapshot differs from the browser's.)
 * The first read opens the site's storage, a synchronous call into the browser that takes several
 * milliseconds, so reading and subscribing wait for a task of their own instead of lengthening the
 * one that runs the page's effects.
 */
export function useProgress(): ProgressSnapshot {
  const [snapshot, setSnapshot] = useState(() =>
    matchesServer() ? progressStore.getServerSnapshot() : progressStore.getSnapshot(),
  );
  useEffect(() => {
    const update = () => setSnapshot(progressStore.getSnapshot());
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe = progressStore.subscribe(update);
      startTransition(update);
    }, 0);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return snapshot;
}
