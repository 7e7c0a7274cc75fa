/**
 * A learner's progress: which checklist items they ticked, and when. Pure functions only; where the
 * record is stored lives in `progress-storage.ts`.
 *
 * The record is versioned. Version 1 (the pre-release prototype) kept a bare list of ticked ids;
 * version 2 keeps the time of each tick. Old records are migrated, never discarded.
 */
import {checklistIdProblem} from './checklist-ids';

export const SCHEMA_VERSION = 2;
export const EXPORT_FORMAT = 'latam-backend-path-progress';
/** An export of every item in many editions is a few KB; anything near this limit is not ours. */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_TICKS = 5000;

export type ProgressRecord = {
  schemaVersion: typeof SCHEMA_VERSION;
  /** item id → ISO time it was ticked */
  ticks: Record<string, string>;
};

/**
 * Why a document cannot be read, as a code and its details; the progress page words it in the
 * reader's language (src/components/ProgressPage).
 */
export type ParseProblem =
  | {code: 'too-large'; kilobytes: number; maxKilobytes: number}
  | {code: 'not-json'}
  | {code: 'forbidden-key'; key: string}
  | {code: 'other-format'; format: string}
  | {code: 'not-an-object'}
  | {code: 'unknown-version'; version: string}
  | {code: 'ticked-not-a-list'}
  | {code: 'ticks-not-an-object'}
  | {code: 'too-many-items'; count: number; max: number}
  | {code: 'bad-item-id'; id: string}
  | {code: 'bad-time'; id: string};

export type ParseResult =
  | {ok: true; record: ProgressRecord; migratedFrom?: number; learnerName?: string}
  | {ok: false; problem: ParseProblem};

/** An export may carry the name a learner chose to show their teacher; it is never stored with the record. */
export const MAX_LEARNER_NAME = 80;

/** The name as plain text on one line (control characters dropped, spaces collapsed), or `undefined`. */
export function cleanLearnerName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LEARNER_NAME).trim();
  return name === '' ? undefined : name;
}

export const emptyProgress = (): ProgressRecord => ({schemaVersion: SCHEMA_VERSION, ticks: {}});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

function idsProblem(ids: string[]): ParseProblem | null {
  if (ids.length > MAX_TICKS) return {code: 'too-many-items', count: ids.length, max: MAX_TICKS};
  const badId = ids.find((id) => checklistIdProblem(id) !== null);
  return badId === undefined ? null : {code: 'bad-item-id', id: badId};
}

/** Reads a stored or imported document of any known schema version into the current record. */
export function parseProgressDocument(value: unknown, migrationTime: string): ParseResult {
  if (!isPlainObject(value)) return {ok: false, problem: {code: 'not-an-object'}};
  const version = value.schemaVersion;
  if (version === 1) {
    const ticked = value.ticked;
    if (!Array.isArray(ticked) || !ticked.every((id) => typeof id === 'string')) {
      return {ok: false, problem: {code: 'ticked-not-a-list'}};
    }
    const problem = idsProblem(ticked);
    if (problem) return {ok: false, problem};
    const ticks = Object.fromEntries(ticked.map((id) => [id, migrationTime]));
    return {ok: true, record: {schemaVersion: SCHEMA_VERSION, ticks}, migratedFrom: 1};
  }
  if (version !== SCHEMA_VERSION) {
    return {ok: false, problem: {code: 'unknown-version', version: String(JSON.stringify(version))}};
  }
  if (!isPlainObject(value.ticks)) return {ok: false, problem: {code: 'ticks-not-an-object'}};
  const entries = Object.entries(value.ticks);
  const problem = idsProblem(entries.map(([id]) => id));
  if (problem) return {ok: false, problem};
  for (const [id, time] of entries) {
    if (!isIsoTime(time)) return {ok: false, problem: {code: 'bad-time', id}};
  }
  return {ok: true, record: {schemaVersion: SCHEMA_VERSION, ticks: Object.fromEntries(entries) as Record<string, string>}};
}

/** JSON.parse that refuses keys which could reach an object's prototype if copied carelessly. */
export function parseJsonSafely(text: string): {ok: true; value: unknown} | {ok: false; problem: ParseProblem} {
  let forbidden: string | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
    if (forbidden !== null) return {ok: false, problem: {code: 'forbidden-key', key: forbidden}};
    return {ok: true, value};
  } catch {
    return {ok: false, problem: {code: 'not-json'}};
  }
}

/** Reads what `localStorage` held. `null` (nothing stored) is an empty record, not an error. */
export function parseStoredProgress(raw: string | null, now: string): ParseResult {
  if (raw === null) return {ok: true, record: emptyProgress()};
  const json = parseJsonSafely(raw);
  return json.ok ? parseProgressDocument(json.value, now) : json;
}

/** Validates a file a learner picked for import. */
export function parseImportFile(text: string, now: string): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return {ok: false, problem: {code: 'too-large', kilobytes: Math.round(bytes / 1024), maxKilobytes: MAX_IMPORT_BYTES / 1024}};
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  if (isPlainObject(json.value) && json.value.format !== undefined && json.value.format !== EXPORT_FORMAT) {
    return {ok: false, problem: {code: 'other-format', format: String(JSON.stringify(json.value.format))}};
  }
  const parsed = parseProgressDocument(json.value, now);
  const learnerName = parsed.ok && isPlainObject(json.value) ? cleanLearnerName(json.value.learnerName) : undefined;
  return parsed.ok && learnerName !== undefined ? {...parsed, learnerName} : parsed;
}

export function serializeForStorage(record: ProgressRecord): string {
  return JSON.stringify(record);
}

/** The export file; `learnerName` (optional) lets a teacher tell the cohort's files apart. */
export function serializeForExport(record: ProgressRecord, now: string, learnerName?: string): string {
  const name = cleanLearnerName(learnerName);
  return `${JSON.stringify({format: EXPORT_FORMAT, exportedAt: now, ...(name ? {learnerName: name} : {}), ...record}, null, 2)}\n`;
}

/** `latam-backend-path-progress-ana-souza-2026-12-06.json`: a named file says whose it is in a folder of many. */
export function exportFileName(learnerName: string | undefined, date: string): string {
  const slug = (cleanLearnerName(learnerName) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `latam-backend-path-progress-${slug ? `${slug}-` : ''}${date}.json`;
}

/** Union of both records: an import never undoes a tick, and a tick keeps its earliest time. */
export function mergeProgress(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
  const ticks = {...current.ticks};
  for (const [id, time] of Object.entries(incoming.ticks)) {
    const mine = ticks[id];
    if (mine === undefined || Date.parse(time) < Date.parse(mine)) ticks[id] = time;
  }
  return {schemaVersion: SCHEMA_VERSION, ticks};
}

export function setTicked(record: ProgressRecord, id: string, ticked: boolean, now: string): ProgressRecord {
  const ticks = {...record.ticks};
  if (ticked) ticks[id] ??= now;
  else delete ticks[id];
  return {schemaVersion: SCHEMA_VERSION, ticks};
}

/** The most recent tick, for "last activity". */
export function lastActivity(record: ProgressRecord): string | null {
  let latest: string | null = null;
  for (const time of Object.values(record.ticks)) if (latest === null || time > latest) latest = time;
  return latest;
}
