/**
 * A learner's progress: which checklist items they ticked, which lessons they read, and where they
 * stopped reading. Pure functions only; where the record is stored lives in `progress-store.ts`.
 *
 * The record is versioned. Version 1 (the pre-release prototype) kept a bare list of ticked ids;
 * version 2 keeps the time of each tick; version 3 adds the lessons read and the last lesson opened in
 * each language. Old records and old export files are migrated, never discarded.
 */
import {checklistIdProblem} from './checklist-ids';

export const SCHEMA_VERSION = 3;
export const EXPORT_FORMAT = 'latam-backend-path-progress';
/** An export of every item in many editions is a few KB; anything near this limit is not ours. */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_TICKS = 5000;

/** Where the learner stopped reading, in one language: the lesson and the last heading scrolled past. */
export type LessonPlace = {
  /** the doc id, the same in every language and edition (`04-skills/data-modelling`) */
  lesson: string;
  title: string;
  /** the page's path, which names the language and the edition (`/es/docs/next/…/`) */
  permalink: string;
  /** id of the last heading scrolled past; absent at the top of the lesson */
  section?: string;
  /** ISO time the lesson was last opened or scrolled */
  at: string;
};

export type ProgressRecord = {
  schemaVersion: typeof SCHEMA_VERSION;
  /** item id → ISO time it was ticked */
  ticks: Record<string, string>;
  /** lesson doc id → ISO time it was first read to the end or marked as read */
  read: Record<string, string>;
  /** site locale (`es`) → the lesson last opened in that language */
  places: Record<string, LessonPlace>;
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
  | {code: 'bad-time'; id: string}
  | {code: 'read-not-an-object'}
  | {code: 'bad-lesson-id'; id: string}
  | {code: 'bad-place'; locale: string};

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

export const emptyProgress = (): ProgressRecord => ({schemaVersion: SCHEMA_VERSION, ticks: {}, read: {}, places: {}});

/** A doc id: path segments of letters, digits and hyphens. */
const LESSON_ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*){0,5}$/i;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/;
/** A site path, never another site's address: it is written into a link on the home page. */
const SITE_PATH = /^\/(?![/\\])[^\s?#\\]{0,300}$/;
/** A heading id as Docusaurus writes it: letters (any script), digits, hyphens, underscores. */
const HEADING_ID = /^[\p{L}\p{N}_-]{1,200}$/u;
const MAX_TITLE_LENGTH = 300;
const MAX_PLACES = 20;

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

function parseTicks(value: unknown): {ok: true; ticks: Record<string, string>} | {ok: false; problem: ParseProblem} {
  if (!isPlainObject(value)) return {ok: false, problem: {code: 'ticks-not-an-object'}};
  const entries = Object.entries(value);
  const problem = idsProblem(entries.map(([id]) => id));
  if (problem) return {ok: false, problem};
  for (const [id, time] of entries) {
    if (!isIsoTime(time)) return {ok: false, problem: {code: 'bad-time', id}};
  }
  return {ok: true, ticks: Object.fromEntries(entries) as Record<string, string>};
}

function parseRead(value: unknown): {ok: true; read: Record<string, string>} | {ok: false; problem: ParseProblem} {
  if (!isPlainObject(value)) return {ok: false, problem: {code: 'read-not-an-object'}};
  const entries = Object.entries(value);
  if (entries.length > MAX_TICKS) return {ok: false, problem: {code: 'too-many-items', count: entries.length, max: MAX_TICKS}};
  for (const [id, time] of entries) {
    if (!LESSON_ID.test(id)) return {ok: false, problem: {code: 'bad-lesson-id', id}};
    if (!isIsoTime(time)) return {ok: false, problem: {code: 'bad-time', id}};
  }
  return {ok: true, read: Object.fromEntries(entries) as Record<string, string>};
}

const isPlace = (value: unknown): value is LessonPlace =>
  isPlainObject(value) &&
  typeof value.lesson === 'string' &&
  LESSON_ID.test(value.lesson) &&
  typeof value.title === 'string' &&
  value.title.length <= MAX_TITLE_LENGTH &&
  typeof value.permalink === 'string' &&
  SITE_PATH.test(value.permalink) &&
  (value.section === undefined || (typeof value.section === 'string' && HEADING_ID.test(value.section))) &&
  isIsoTime(value.at);

function parsePlaces(value: unknown): {ok: true; places: Record<string, LessonPlace>} | {ok: false; problem: ParseProblem} {
  if (!isPlainObject(value)) return {ok: false, problem: {code: 'bad-place', locale: '*'}};
  const entries = Object.entries(value);
  if (entries.length > MAX_PLACES) return {ok: false, problem: {code: 'too-many-items', count: entries.length, max: MAX_PLACES}};
  const places: Record<string, LessonPlace> = {};
  for (const [locale, place] of entries) {
    if (!LOCALE.test(locale) || !isPlace(place)) return {ok: false, problem: {code: 'bad-place', locale}};
    // Copied field by field: unknown fields are not carried along.
    places[locale] = {
      lesson: place.lesson,
      title: place.title,
      permalink: place.permalink,
      ...(place.section !== undefined && {section: place.section}),
      at: place.at,
    };
  }
  return {ok: true, places};
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
    return {ok: true, record: {...emptyProgress(), ticks}, migratedFrom: 1};
  }
  if (version !== 2 && version !== SCHEMA_VERSION) {
    return {ok: false, problem: {code: 'unknown-version', version: String(JSON.stringify(version))}};
  }
  const ticks = parseTicks(value.ticks);
  if (!ticks.ok) return ticks;
  if (version === 2) return {ok: true, record: {...emptyProgress(), ticks: ticks.ticks}, migratedFrom: 2};
  const read = parseRead(value.read);
  if (!read.ok) return read;
  const places = parsePlaces(value.places);
  if (!places.ok) return places;
  return {ok: true, record: {schemaVersion: SCHEMA_VERSION, ticks: ticks.ticks, read: read.read, places: places.places}};
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

const earliest = (a: string | undefined, b: string): string => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a);

/**
 * Union of both records: an import never undoes a tick or a read mark, each keeps its earliest time, and
 * in each language the more recent place wins.
 */
export function mergeProgress(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
  const ticks = {...current.ticks};
  for (const [id, time] of Object.entries(incoming.ticks)) ticks[id] = earliest(ticks[id], time);
  const read = {...current.read};
  for (const [id, time] of Object.entries(incoming.read)) read[id] = earliest(read[id], time);
  const places = {...current.places};
  for (const [locale, place] of Object.entries(incoming.places)) {
    const mine = places[locale];
    if (mine === undefined || Date.parse(place.at) > Date.parse(mine.at)) places[locale] = place;
  }
  return {schemaVersion: SCHEMA_VERSION, ticks, read, places};
}

export function setTicked(record: ProgressRecord, id: string, ticked: boolean, now: string): ProgressRecord {
  const ticks = {...record.ticks};
  if (ticked) ticks[id] ??= now;
  else delete ticks[id];
  return {...record, ticks};
}

export function setRead(record: ProgressRecord, lesson: string, read: boolean, now: string): ProgressRecord {
  const marks = {...record.read};
  if (read) marks[lesson] ??= now;
  else delete marks[lesson];
  return {...record, read: marks};
}

/**
 * Remembers where the learner is in a lesson, in one language. Returns the same record when nothing but
 * the time would change within a minute, so scrolling back and forth does not write storage each time.
 */
export function setPlace(record: ProgressRecord, locale: string, place: LessonPlace): ProgressRecord {
  const mine = record.places[locale];
  if (
    mine &&
    mine.lesson === place.lesson &&
    mine.permalink === place.permalink &&
    mine.section === place.section &&
    mine.title === place.title &&
    Date.parse(place.at) - Date.parse(mine.at) < 60_000
  ) {
    return record;
  }
  const clean: LessonPlace = {lesson: place.lesson, title: place.title, permalink: place.permalink, ...(place.section && {section: place.section}), at: place.at};
  return {...record, places: {...record.places, [locale]: clean}};
}

/** The address that reopens a place: the lesson, at its section when there is one. */
export const placeHref = (place: LessonPlace): string => (place.section ? `${place.permalink}#${place.section}` : place.permalink);

/** The most recent tick or read mark, for "last activity". */
export function lastActivity(record: ProgressRecord): string | null {
  let latest: string | null = null;
  for (const time of [...Object.values(record.ticks), ...Object.values(record.read)]) if (latest === null || time > latest) latest = time;
  return latest;
}
