import {useSyncExternalStore} from 'react';
import {progressStore, type ProgressSnapshot} from './progress-store';

/** The learner's progress, read after hydration so server and first client render match. */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot, progressStore.getServerSnapshot);
}
