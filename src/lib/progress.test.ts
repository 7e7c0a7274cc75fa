import {describe, expect, it} from 'vitest';
import {
  MAX_IMPORT_BYTES,
  emptyProgress,
  lastActivity,
  mergeProgress,
  parseImportFile,
  parseStoredProgress,
  serializeForExport,
  serializeForStorage,
  setTicked,
} from './progress';

const T1 = '2026-01-10T10:00:00.000Z';
const T2 = '2026-02-20T12:30:00.000Z';
const NOW = '2026-11-28T09:00:00.000Z';

describe('progress records', () => {
  it('round-trips through storage', () => {
    let record = setTicked(emptyProgress(), 'api-idempotency-keys', true, T1);
    record = setTicked(record, 'data-layer-expand-contract', true, T2);
    const parsed = parseStoredProgress(serializeForStorage(record), NOW);
    expect(parsed).toEqual({ok: true, record});
  });

  it('keeps the first tick time when ticked again, and removes the tick when unticked', () => {
    const once = setTicked(emptyProgress(), 'api-idempotency-keys', true, T1);
    expect(setTicked(once, 'api-idempotency-keys', true, T2).ticks).toEqual({'api-idempotency-keys': T1});
    expect(setTicked(once, 'api-idempotency-keys', false, T2).ticks).toEqual({});
  });

  it('reads nothing stored as an empty record', () => {
    expect(parseStoredProgress(null, NOW)).toEqual({ok: true, record: emptyProgress()});
  });

  it('migrates schema version 1 (a list of ids) and stamps the migration time', () => {
    const v1 = JSON.stringify({schemaVersion: 1, ticked: ['api-idempotency-keys', 'role-trade-offs']});
    expect(parseStoredProgress(v1, NOW)).toEqual({
      ok: true,
      migratedFrom: 1,
      record: {schemaVersion: 2, ticks: {'api-idempotency-keys': NOW, 'role-trade-offs': NOW}},
    });
  });

  it('reports corrupted JSON instead of throwing', () => {
    expect(parseStoredProgress('{"schemaVersion": 2, "ticks": {', NOW)).toEqual({ok: false, reason: 'it is not valid JSON'});
  });

  it('merges without ever undoing a tick, keeping the earliest time', () => {
    const mine = {schemaVersion: 2 as const, ticks: {a1a: T2, b2b: T1}};
    const theirs = {schemaVersion: 2 as const, ticks: {a1a: T1, c3c: T2}};
    expect(mergeProgress(mine, theirs).ticks).toEqual({a1a: T1, b2b: T1, c3c: T2});
    expect(mergeProgress(mine, emptyProgress()).ticks).toEqual(mine.ticks);
  });

  it('finds the last activity', () => {
    expect(lastActivity(emptyProgress())).toBeNull();
    expect(lastActivity({schemaVersion: 2, ticks: {a1a: T1, b2b: T2}})).toBe(T2);
  });
});

describe('importing a progress file', () => {
  it('accepts its own export', () => {
    const record = setTicked(emptyProgress(), 'api-idempotency-keys', true, T1);
    expect(parseImportFile(serializeForExport(record, NOW), NOW)).toEqual({ok: true, record});
  });

  const huge = JSON.stringify({schemaVersion: 2, ticks: {}, padding: 'x'.repeat(MAX_IMPORT_BYTES)});
  const bad: [string, string, RegExp][] = [
    ['not JSON', 'this is not json', /not valid JSON/],
    ['JSON but not an object', '[1, 2, 3]', /expected a JSON object/],
    ['too large', huge, /at most 256 KB/],
    ['a __proto__ key', `{"schemaVersion": 2, "ticks": {"__proto__": {"polluted": "${T1}"}}}`, /"__proto__"/],
    ['a constructor key', `{"schemaVersion": 2, "ticks": {}, "constructor": {"prototype": {}}}`, /"(constructor|prototype)"/],
    ['an unknown schema version', JSON.stringify({schemaVersion: 99, ticks: {}}), /schemaVersion is 99/],
    ['no schema version', JSON.stringify({ticks: {}}), /schemaVersion is undefined/],
    ['ticks of the wrong type', JSON.stringify({schemaVersion: 2, ticks: ['a1a']}), /"ticks" must be an object/],
    ['a tick time that is not a date', JSON.stringify({schemaVersion: 2, ticks: {'api-x': 'yesterday'}}), /not an ISO date/],
    ['a tick time of the wrong type', JSON.stringify({schemaVersion: 2, ticks: {'api-x': true}}), /not an ISO date/],
    ['a malformed item id', JSON.stringify({schemaVersion: 2, ticks: {'Bad Id!': T1}}), /lowercase letters/],
    ['someone else\'s format', JSON.stringify({format: 'roadmap-export', schemaVersion: 2, ticks: {}}), /its format is/],
    ['a v1 file whose list holds numbers', JSON.stringify({schemaVersion: 1, ticked: [1, 2]}), /list of item ids/],
  ];

  it.each(bad)('rejects %s with a clear reason', (_name, text, reason) => {
    const result = parseImportFile(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('leaves Object.prototype untouched by a __proto__ payload', () => {
    parseImportFile('{"schemaVersion": 2, "ticks": {}, "__proto__": {"polluted": true}}', NOW);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
