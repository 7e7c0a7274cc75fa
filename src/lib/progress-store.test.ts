import {describe, expect, it, vi} from 'vitest';
import {CORRUPT_KEY_PREFIX, STORAGE_KEY, createProgressStore, type StorageLike} from './progress-store';

const NOW = '2026-11-28T09:00:00.000Z';
const now = () => NOW;

function memoryStorage(initial: Record<string, string> = {}): StorageLike & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const quotaError = () => new DOMException('full', 'QuotaExceededError');

describe('progress store', () => {
  it('saves a tick and reads it back in a new store (a reload)', () => {
    const storage = memoryStorage();
    createProgressStore({storage: () => storage, now}).setTicked('api-idempotency-keys', true);
    const reloaded = createProgressStore({storage: () => storage, now}).getSnapshot();
    expect(reloaded.status).toBe('saved');
    expect(reloaded.record.ticks).toEqual({'api-idempotency-keys': NOW});
  });

  it('keeps unreadable data aside under another key, tells the learner, and saves new ticks', () => {
    const storage = memoryStorage({[STORAGE_KEY]: 'garbage{{'});
    const store = createProgressStore({storage: () => storage, now});
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('recovered');
    expect(snapshot.recoveredKey).toBe(`${CORRUPT_KEY_PREFIX}${NOW}`);
    expect(storage.data.get(`${CORRUPT_KEY_PREFIX}${NOW}`)).toBe('garbage{{');
    store.setTicked('role-trade-offs', true);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({schemaVersion: 3, ticks: {'role-trade-offs': NOW}, read: {}, places: {}});
    expect(storage.data.get(`${CORRUPT_KEY_PREFIX}${NOW}`)).toBe('garbage{{');
  });

  it('never overwrites unreadable data it could not copy aside', () => {
    const storage = memoryStorage({[STORAGE_KEY]: 'garbage{{'});
    storage.setItem = () => {
      throw quotaError();
    };
    const store = createProgressStore({storage: () => storage, now});
    expect(store.getSnapshot().status).toBe('unavailable');
    store.setTicked('role-trade-offs', true);
    expect(store.getSnapshot().record.ticks).toEqual({'role-trade-offs': NOW});
    expect(storage.data.get(STORAGE_KEY)).toBe('garbage{{');
  });

  it('works for the page when storage is unavailable', () => {
    const store = createProgressStore({storage: () => null, now});
    store.setTicked('role-trade-offs', true);
    expect(store.getSnapshot()).toMatchObject({status: 'unavailable', record: {ticks: {'role-trade-offs': NOW}}});
  });

  it('treats a storage that throws on read as unavailable', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(createProgressStore({storage: () => storage, now}).getSnapshot().status).toBe('unavailable');
  });

  it('reports a full storage and keeps the tick for the page', () => {
    const storage = memoryStorage();
    const store = createProgressStore({storage: () => storage, now});
    store.getSnapshot();
    storage.setItem = () => {
      throw quotaError();
    };
    store.setTicked('role-trade-offs', true);
    expect(store.getSnapshot()).toMatchObject({status: 'full', record: {ticks: {'role-trade-offs': NOW}}});
  });

  it('migrates a version 1 record and writes it back', () => {
    const storage = memoryStorage({[STORAGE_KEY]: JSON.stringify({schemaVersion: 1, ticked: ['role-trade-offs']})});
    createProgressStore({storage: () => storage, now}).getSnapshot();
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({schemaVersion: 3, ticks: {'role-trade-offs': NOW}, read: {}, places: {}});
  });

  it('imports by merging, and a bad file changes nothing', () => {
    const storage = memoryStorage();
    const store = createProgressStore({storage: () => storage, now});
    store.setTicked('role-trade-offs', true);
    const before = storage.data.get(STORAGE_KEY);
    const bad = store.importText('{"schemaVersion": 2, "ticks": {"__proto__": {}}}');
    expect(bad).toEqual({ok: false, problem: {code: 'forbidden-key', key: '__proto__'}});
    expect(storage.data.get(STORAGE_KEY)).toBe(before);
    // A file exported before read marks existed (schema version 2) still imports.
    const file = JSON.stringify({format: 'latam-backend-path-progress', exportedAt: NOW, schemaVersion: 2, ticks: {'api-idempotency-keys': '2026-01-01T00:00:00.000Z'}});
    expect(store.importText(file)).toEqual({ok: true, added: 1, addedRead: 0});
    expect(Object.keys(store.getSnapshot().record.ticks).sort()).toEqual(['api-idempotency-keys', 'role-trade-offs']);
  });

  it('export, reset, import brings the same ticks back', () => {
    const store = createProgressStore({storage: () => memoryStorage(), now});
    store.setTicked('role-trade-offs', true);
    store.setTicked('api-idempotency-keys', true);
    const exported = store.exportText();
    const ticks = store.getSnapshot().record.ticks;
    store.reset();
    expect(store.getSnapshot().record.ticks).toEqual({});
    store.importText(exported);
    expect(store.getSnapshot().record.ticks).toEqual(ticks);
  });

  it('follows ticks made in another tab', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const store = createProgressStore({storage: () => storage, now, events: events as unknown as Window});
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getSnapshot();
    storage.data.set(STORAGE_KEY, JSON.stringify({schemaVersion: 2, ticks: {'role-trade-offs': NOW}}));
    events.dispatchEvent(Object.assign(new Event('storage'), {key: STORAGE_KEY}));
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().record.ticks).toEqual({'role-trade-offs': NOW});
    unsubscribe();
  });

  it('keeps read marks and the place reached across a reload, and carries them through export and import', () => {
    const storage = memoryStorage();
    const store = createProgressStore({storage: () => storage, now});
    store.setRead('skills/data-modelling', true);
    store.setPlace('es', {lesson: 'skills/data-modelling', title: 'Modelado de datos', permalink: '/es/docs/skills/data-modelling/', section: 'dinero'});
    const reloaded = createProgressStore({storage: () => storage, now});
    const {record} = reloaded.getSnapshot();
    expect(record.read).toEqual({'skills/data-modelling': NOW});
    expect(record.places.es).toEqual({lesson: 'skills/data-modelling', title: 'Modelado de datos', permalink: '/es/docs/skills/data-modelling/', section: 'dinero', at: NOW});
    const exported = reloaded.exportText();
    reloaded.reset();
    expect(reloaded.importText(exported)).toEqual({ok: true, added: 0, addedRead: 1});
    expect(reloaded.getSnapshot().record).toEqual(record);
  });

  it('upgrades a stored version 2 record in place, keeping every tick', () => {
    const v2 = JSON.stringify({schemaVersion: 2, ticks: {'role-trade-offs': NOW}});
    const storage = memoryStorage({[STORAGE_KEY]: v2});
    const store = createProgressStore({storage: () => storage, now});
    expect(store.getSnapshot()).toEqual({record: {schemaVersion: 3, ticks: {'role-trade-offs': NOW}, read: {}, places: {}}, status: 'saved'});
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({schemaVersion: 3, ticks: {'role-trade-offs': NOW}, read: {}, places: {}});
  });

  it('does not write storage when only the time of the same place would change', () => {
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const store = createProgressStore({storage: () => storage, now});
    const place = {lesson: 'skills/data-modelling', title: 'Data modelling', permalink: '/docs/skills/data-modelling/'};
    store.setPlace('en', place);
    const writes = setItem.mock.calls.length;
    store.setPlace('en', place);
    expect(setItem.mock.calls.length).toBe(writes);
    store.setPlace('en', {...place, section: 'money'});
    expect(setItem.mock.calls.length).toBe(writes + 1);
  });
});
