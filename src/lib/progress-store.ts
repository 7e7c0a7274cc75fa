/**
 * Where progress lives on the learner's device, and the one store every checklist and the progress page
 * share. Storage may be missing (private mode, blocked), full, or hold something we cannot read; in each
 * case the page keeps working for this visit, the learner is told, and nothing already saved is lost.
 */
import {
  emptyProgress,
  mergeProgress,
  parseImportFile,
  parseStoredProgress,
  serializeForExport,
  serializeForStorage,
  setPlace,
  setRead,
  setTicked,
  type LessonPlace,
  type ParseProblem,
  type ProgressRecord,
} from './progress';

export const STORAGE_KEY = 'latam-backend-path:progress';
export const CORRUPT_KEY_PREFIX = `${STORAGE_KEY}:unreadable:`;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * - `loading`: before the browser has read storage (and on the server);
 * - `saved`: ticks are kept on this device;
 * - `unavailable`: storage is blocked or missing, ticks last for this page only;
 * - `full`: the last save failed because storage is full;
 * - `recovered`: stored data could not be read; it was kept aside under `recoveredKey`.
 */
export type StorageStatus = 'loading' | 'saved' | 'unavailable' | 'full' | 'recovered';

export type ProgressSnapshot = {record: ProgressRecord; status: StorageStatus; recoveredKey?: string};

export type ImportOutcome = {ok: true; added: number; addedRead: number} | {ok: false; problem: ParseProblem};

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

type LoadResult = {snapshot: ProgressSnapshot; writable: boolean};

/** Reads the stored record. Unreadable data is copied aside before anything can overwrite it. */
export function loadFromStorage(storage: StorageLike | null, now: string): LoadResult {
  if (storage === null) return {snapshot: {record: emptyProgress(), status: 'unavailable'}, writable: false};
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return {snapshot: {record: emptyProgress(), status: 'unavailable'}, writable: false};
  }
  const parsed = parseStoredProgress(raw, now);
  if (parsed.ok) {
    if (parsed.migratedFrom !== undefined) saveToStorage(storage, parsed.record);
    return {snapshot: {record: parsed.record, status: 'saved'}, writable: true};
  }
  const recoveredKey = `${CORRUPT_KEY_PREFIX}${now}`;
  try {
    storage.setItem(recoveredKey, raw ?? '');
  } catch {
    // We could not keep a copy, so we must not overwrite the original: this visit is read-only.
    return {snapshot: {record: emptyProgress(), status: 'unavailable'}, writable: false};
  }
  return {snapshot: {record: emptyProgress(), status: 'recovered', recoveredKey}, writable: true};
}

export function saveToStorage(storage: StorageLike, record: ProgressRecord): 'saved' | 'full' | 'unavailable' {
  try {
    storage.setItem(STORAGE_KEY, serializeForStorage(record));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** `window.localStorage` when it can really be written to, else null (private modes may throw). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

type StoreOptions = {
  storage: () => StorageLike | null;
  now?: () => string;
  /** Where cross-tab `storage` events arrive; absent on the server and in some tests. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

const SERVER_SNAPSHOT: ProgressSnapshot = {record: emptyProgress(), status: 'loading'};

export function createProgressStore({storage, now = () => new Date().toISOString(), events}: StoreOptions) {
  let snapshot: ProgressSnapshot | null = null;
  let writable = false;
  let backend: StorageLike | null = null;
  const listeners = new Set<() => void>();

  const emit = () => listeners.forEach((listener) => listener());

  function load(): ProgressSnapshot {
    backend = storage();
    const result = loadFromStorage(backend, now());
    writable = result.writable;
    snapshot = result.snapshot;
    return snapshot;
  }

  function current(): ProgressSnapshot {
    return snapshot ?? load();
  }

  function commit(record: ProgressRecord): void {
    const previous = current();
    if (record === previous.record) return;
    let status: StorageStatus = previous.status === 'recovered' ? 'recovered' : 'unavailable';
    if (writable && backend) {
      const saved = saveToStorage(backend, record);
      status = saved === 'saved' && previous.status === 'recovered' ? 'recovered' : saved;
    }
    snapshot = {...previous, record, status};
    emit();
  }

  const onStorageEvent = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    load();
    emit();
  };

  return {
    subscribe(listener: () => void): () => void {
      if (listeners.size === 0) events?.addEventListener('storage', onStorageEvent as EventListener);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorageEvent as EventListener);
      };
    },
    getSnapshot: current,
    getServerSnapshot: (): ProgressSnapshot => SERVER_SNAPSHOT,
    setTicked(id: string, ticked: boolean): void {
      commit(setTicked(current().record, id, ticked, now()));
    },
    setRead(lesson: string, read: boolean): void {
      commit(setRead(current().record, lesson, read, now()));
    },
    /** Remembers the lesson being read in `locale` and the section reached; `at` is stamped here. */
    setPlace(locale: string, place: Omit<LessonPlace, 'at'>): void {
      commit(setPlace(current().record, locale, {...place, at: now()}));
    },
    exportText(learnerName?: string): string {
      return serializeForExport(current().record, now(), learnerName);
    },
    importText(text: string): ImportOutcome {
      const parsed = parseImportFile(text, now());
      if (!parsed.ok) return parsed;
      const {ticks, read} = current().record;
      const merged = mergeProgress(current().record, parsed.record);
      commit(merged);
      return {
        ok: true,
        added: Object.keys(merged.ticks).length - Object.keys(ticks).length,
        addedRead: Object.keys(merged.read).length - Object.keys(read).length,
      };
    },
    reset(): void {
      commit(emptyProgress());
    },
  };
}

const noStorage = (): StorageLike | null => null;

/** The page-wide store. On the server it never touches storage. */
export const progressStore = createProgressStore(
  typeof window === 'undefined' ? {storage: noStorage} : {storage: browserStorage, events: window},
);
