import {describe, expect, it} from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_TICKS,
  emptyProgress,
  exportFileName,
  lastActivity,
  mergeProgress,
  parseImportFile,
  parseStoredProgress,
  serializeForExport,
  placeHref,
  serializeForStorage,
  setPlace,
  setRead,
  setTicked,
  type LessonPlace,
  type ParseProblem,
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
      record: {schemaVersion: 3, ticks: {'api-idempotency-keys': NOW, 'role-trade-offs': NOW}, read: {}, places: {}},
    });
  });

  it('migrates schema version 2 (ticks with times), keeping each time, with nothing read yet', () => {
    const v2 = JSON.stringify({schemaVersion: 2, ticks: {'api-idempotency-keys': T1}});
    expect(parseStoredProgress(v2, NOW)).toEqual({
      ok: true,
      migratedFrom: 2,
      record: {schemaVersion: 3, ticks: {'api-idempotency-keys': T1}, read: {}, places: {}},
    });
  });

  it('reports corrupted JSON instead of throwing', () => {
    expect(parseStoredProgress('{"schemaVersion": 2, "ticks": {', NOW)).toEqual({ok: false, problem: {code: 'not-json'}});
  });

  it('merges without ever undoing a tick, keeping the earliest time', () => {
    const mine = {...emptyProgress(), ticks: {a1a: T2, b2b: T1}};
    const theirs = {...emptyProgress(), ticks: {a1a: T1, c3c: T2}};
    expect(mergeProgress(mine, theirs).ticks).toEqual({a1a: T1, b2b: T1, c3c: T2});
    expect(mergeProgress(mine, emptyProgress()).ticks).toEqual(mine.ticks);
  });

  it('merges read marks like ticks, and keeps the more recent place of each language', () => {
    const older: LessonPlace = {lesson: 'role/api-design', title: 'API design', permalink: '/docs/role/api-design/', at: T1};
    const newer: LessonPlace = {lesson: 'skills/data-modelling', title: 'Modelado', permalink: '/es/docs/skills/data-modelling/', section: 'dinero', at: T2};
    const mine = {...emptyProgress(), read: {'role/api-design': T2}, places: {en: older, es: newer}};
    const theirs = {...emptyProgress(), read: {'role/api-design': T1, 'skills/go': T2}, places: {en: {...newer, permalink: '/docs/skills/data-modelling/'}, es: older}};
    const merged = mergeProgress(mine, theirs);
    expect(merged.read).toEqual({'role/api-design': T1, 'skills/go': T2});
    expect(merged.places).toEqual({en: {...newer, permalink: '/docs/skills/data-modelling/'}, es: newer});
  });

  it('marks a lesson read once, keeping the first time, and unmarks it', () => {
    const once = setRead(emptyProgress(), 'skills/go', true, T1);
    expect(setRead(once, 'skills/go', true, T2).read).toEqual({'skills/go': T1});
    expect(setRead(once, 'skills/go', false, T2).read).toEqual({});
    expect(once.ticks).toEqual({});
  });

  it('remembers the last lesson and section per language, and opens it at that section', () => {
    const place: LessonPlace = {lesson: 'skills/go', title: 'Go', permalink: '/pt-BR/docs/skills/go/', section: 'concorrência', at: T1};
    const record = setPlace(setPlace(emptyProgress(), 'pt-BR', place), 'en', {...place, permalink: '/docs/skills/go/', section: undefined, at: T2});
    expect(record.places['pt-BR']).toEqual(place);
    expect(record.places.en).toEqual({lesson: 'skills/go', title: 'Go', permalink: '/docs/skills/go/', at: T2});
    expect(placeHref(record.places['pt-BR']!)).toBe('/pt-BR/docs/skills/go/#concorrência');
    expect(placeHref(record.places.en!)).toBe('/docs/skills/go/');
    const later = setPlace(record, 'en', {...record.places.en!, section: 'errors', at: T2});
    expect(later.places.en?.section).toBe('errors');
    expect(parseStoredProgress(serializeForStorage(later), NOW)).toEqual({ok: true, record: later});
  });

  it('finds the last activity, ticks and read marks alike', () => {
    expect(lastActivity(emptyProgress())).toBeNull();
    expect(lastActivity({...emptyProgress(), ticks: {a1a: T1, b2b: T1}, read: {'skills/go': T2}})).toBe(T2);
  });
});

describe('importing a progress file', () => {
  it('accepts its own export', () => {
    const record = setRead(setTicked(emptyProgress(), 'api-idempotency-keys', true, T1), 'role/api-design', true, T2);
    expect(parseImportFile(serializeForExport(record, NOW), NOW)).toEqual({ok: true, record});
  });

  it('accepts a file exported before read marks existed (schema version 2)', () => {
    const v2 = `${JSON.stringify({format: 'latam-backend-path-progress', exportedAt: T2, schemaVersion: 2, ticks: {'api-idempotency-keys': T1}}, null, 2)}\n`;
    expect(parseImportFile(v2, NOW)).toEqual({ok: true, migratedFrom: 2, record: {...emptyProgress(), ticks: {'api-idempotency-keys': T1}}});
  });

  const v3 = (fields: Record<string, unknown>) => JSON.stringify({schemaVersion: 3, ticks: {}, read: {}, places: {}, ...fields});
  const place = {lesson: 'skills/go', title: 'Go', permalink: '/docs/skills/go/', at: T1};

  const huge = JSON.stringify({schemaVersion: 2, ticks: {}, padding: 'x'.repeat(MAX_IMPORT_BYTES)});
  const bad: [string, string, ParseProblem][] = [
    ['not JSON', 'this is not json', {code: 'not-json'}],
    ['JSON but not an object', '[1, 2, 3]', {code: 'not-an-object'}],
    ['too large', huge, {code: 'too-large', kilobytes: 256, maxKilobytes: 256}],
    ['a __proto__ key', `{"schemaVersion": 2, "ticks": {"__proto__": {"polluted": "${T1}"}}}`, {code: 'forbidden-key', key: '__proto__'}],
    ['a constructor key', `{"schemaVersion": 2, "ticks": {}, "constructor": {"prototype": {}}}`, {code: 'forbidden-key', key: 'constructor'}],
    ['an unknown schema version', JSON.stringify({schemaVersion: 99, ticks: {}}), {code: 'unknown-version', version: '99'}],
    ['no schema version', JSON.stringify({ticks: {}}), {code: 'unknown-version', version: 'undefined'}],
    ['ticks of the wrong type', JSON.stringify({schemaVersion: 2, ticks: ['a1a']}), {code: 'ticks-not-an-object'}],
    ['a tick time that is not a date', JSON.stringify({schemaVersion: 2, ticks: {'api-x': 'yesterday'}}), {code: 'bad-time', id: 'api-x'}],
    ['a tick time of the wrong type', JSON.stringify({schemaVersion: 2, ticks: {'api-x': true}}), {code: 'bad-time', id: 'api-x'}],
    ['a malformed item id', JSON.stringify({schemaVersion: 2, ticks: {'Bad Id!': T1}}), {code: 'bad-item-id', id: 'Bad Id!'}],
    ['someone else\'s format', JSON.stringify({format: 'roadmap-export', schemaVersion: 2, ticks: {}}), {code: 'other-format', format: '"roadmap-export"'}],
    ['a v1 file whose list holds numbers', JSON.stringify({schemaVersion: 1, ticked: [1, 2]}), {code: 'ticked-not-a-list'}],
    ['read marks of the wrong type', v3({read: ['skills/go']}), {code: 'read-not-an-object'}],
    ['a read mark on a malformed lesson id', v3({read: {'../x': T1}}), {code: 'bad-lesson-id', id: '../x'}],
    ['a read mark without a date', v3({read: {'skills/go': 'today'}}), {code: 'bad-time', id: 'skills/go'}],
    ['a place on another site', v3({places: {en: {...place, permalink: '//evil.example/docs/'}}}), {code: 'bad-place', locale: 'en'}],
    ['a place with a script address', v3({places: {en: {...place, permalink: 'javascript:alert(1)'}}}), {code: 'bad-place', locale: 'en'}],
    ['a place with a malformed section', v3({places: {en: {...place, section: 'a"><b'}}}), {code: 'bad-place', locale: 'en'}],
    ['a place under a malformed language', v3({places: {'../en': place}}), {code: 'bad-place', locale: '../en'}],
    ['a v1 file with too many items', JSON.stringify({schemaVersion: 1, ticked: Array.from({length: MAX_TICKS + 1}, (_, i) => `api-item-${i}`)}), {code: 'too-many-items', count: MAX_TICKS + 1, max: MAX_TICKS}],
  ];

  it.each(bad)('rejects %s and says why', (_name, text, problem) => {
    expect(parseImportFile(text, NOW)).toEqual({ok: false, problem});
  });

  it('leaves Object.prototype untouched by a __proto__ payload', () => {
    parseImportFile('{"schemaVersion": 2, "ticks": {}, "__proto__": {"polluted": true}}', NOW);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the learner name in an export', () => {
  const record = setTicked(emptyProgress(), 'api-idempotency-keys', true, T1);

  it('round-trips a name through export and import', () => {
    const parsed = parseImportFile(serializeForExport(record, NOW, '  Ana  Souza '), NOW);
    expect(parsed).toEqual({ok: true, record, learnerName: 'Ana Souza'});
  });

  it('imports files without a name as before, and leaves the name out of an export without one', () => {
    const text = serializeForExport(record, NOW);
    expect(text).not.toContain('learnerName');
    expect(parseImportFile(text, NOW)).toEqual({ok: true, record});
    expect(serializeForExport(record, NOW, '   ')).not.toContain('learnerName');
  });

  it('keeps a name as one line of plain text, ignores a name that is not text', () => {
    const named = (learnerName: unknown) => JSON.stringify({format: 'latam-backend-path-progress', schemaVersion: 2, learnerName, ticks: {}});
    const parsed = parseImportFile(named('Ana\u0000\n<b>Souza</b>\u202e'), NOW);
    expect(parsed.ok && parsed.learnerName).toBe('Ana <b>Souza</b>');
    expect(parseImportFile(named(42), NOW)).toEqual({ok: true, record: emptyProgress(), migratedFrom: 2});
    const long = parseImportFile(named('x'.repeat(500)), NOW);
    expect(long.ok && long.learnerName).toHaveLength(80);
  });
});

describe('the export file name', () => {
  it('carries the learner name as ASCII words, or none', () => {
    expect(exportFileName('  João da Silva ', '2026-12-06')).toBe('latam-backend-path-progress-joao-da-silva-2026-12-06.json');
    expect(exportFileName(undefined, '2026-12-06')).toBe('latam-backend-path-progress-2026-12-06.json');
    expect(exportFileName('../../', '2026-12-06')).toBe('latam-backend-path-progress-2026-12-06.json');
  });
});
