/**
 * The service's rules as named parts. The correct service uses `CORRECT`; each fault in faults.ts
 * replaces one part, so the checker's tests can prove that every check catches the mistake it names.
 */
import {createHash} from 'node:crypto';
import type {PGlite} from '@electric-sql/pglite';
import * as store from './store';

export type Scope = 'refunds:read' | 'refunds:write';
export type RateRule = {requests: number; windowMs: number};
export type Principal = {token: string; tenant: string; scopes: Scope[]; limit: RateRule | null};
export type FieldError = {field: string; message: string};

const READ_WRITE: Scope[] = ['refunds:read', 'refunds:write'];
/** The fixed test credentials of the capstone contract. */
export const TOKENS: Record<string, Omit<Principal, 'token'>> = {
  'test-a-writer': {tenant: 'tenant-a', scopes: READ_WRITE, limit: null},
  'test-a-reader': {tenant: 'tenant-a', scopes: ['refunds:read'], limit: null},
  'test-b-writer': {tenant: 'tenant-b', scopes: READ_WRITE, limit: null},
  'test-limited': {tenant: 'tenant-c', scopes: READ_WRITE, limit: {requests: 5, windowMs: 10_000}},
};

/**
 * A sliding-window log per key. A key over its limit is refused until its oldest request leaves the
 * window, whichever rule the next request carries.
 */
export class RateLimiter {
  readonly #log = new Map<string, number[]>();
  readonly #blockedUntil = new Map<string, number>();

  /** Seconds to wait before retrying, or null when the request may go ahead. */
  take(key: string, rule: RateRule | null, now: number): number | null {
    const blockedUntil = this.#blockedUntil.get(key) ?? 0;
    if (blockedUntil > now) return Math.max(1, Math.ceil((blockedUntil - now) / 1000));
    if (rule === null) return null;
    const log = (this.#log.get(key) ?? []).filter((time) => time > now - rule.windowMs);
    this.#log.set(key, log);
    if (log.length < rule.requests) {
      log.push(now);
      return null;
    }
    this.#blockedUntil.set(key, log[0]! + rule.windowMs);
    return Math.max(1, Math.ceil((log[0]! + rule.windowMs - now) / 1000));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

function validateNewRefund(body: unknown): {ok: true; refund: store.NewRefund} | {ok: false; errors: FieldError[]} {
  const input = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const {paymentId, amountMinor, currency, reason} = input;
  if (typeof paymentId !== 'string' || !UUID.test(paymentId)) errors.push({field: 'paymentId', message: 'must be a UUID string'});
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor) || amountMinor < 1 || amountMinor > 100_000_000) {
    errors.push({field: 'amountMinor', message: 'must be an integer from 1 to 100000000'});
  }
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) errors.push({field: 'currency', message: 'must be three upper-case letters'});
  if (reason !== undefined && reason !== null && (typeof reason !== 'string' || reason.length > 500)) {
    errors.push({field: 'reason', message: 'must be a string of at most 500 characters'});
  }
  if (errors.length > 0) return {ok: false, errors};
  return {ok: true, refund: {paymentId: (paymentId as string).toLowerCase(), amountMinor: amountMinor as number, currency: currency as string, reason: (reason as string | undefined) ?? null}};
}

/** `limit` as sent, or null when it is not an integer from 1 to 100. */
function parseLimit(raw: string | null): number | null {
  if (raw === null) return 20;
  if (!/^\d{1,3}$/.test(raw)) return null;
  const limit = Number(raw);
  return limit >= 1 && limit <= 100 ? limit : null;
}

export type ListRequest = {tenant: string; limit: number; paymentId: string | null; cursor: string | null};
export type ListResponse = {data: store.Refund[]; nextCursor: string | null};

/** The cursor is opaque to clients: base64url of the last row's position. */
export const encodeCursor = (cursor: store.Cursor): string => Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
export function decodeCursor(text: string): store.Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(createdAt)) return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return {createdAt, id};
  } catch {
    return null;
  }
}

/** A page of the tenant's refunds, or null when the cursor cannot be read. */
async function listRefunds(db: PGlite, request: ListRequest): Promise<ListResponse | null> {
  const after = request.cursor === null ? null : decodeCursor(request.cursor);
  if (request.cursor !== null && after === null) return null;
  if (request.paymentId !== null && !UUID.test(request.paymentId)) return {data: [], nextCursor: null};
  const page = await store.listRefunds(db, {tenant: request.tenant, limit: request.limit, paymentId: request.paymentId, after});
  return {data: page.data, nextCursor: page.next && encodeCursor(page.next)};
}

export const CORRECT = {
  /** Where the data lives; undefined keeps it in memory. */
  dataDir: (configured: string | undefined): string | undefined => configured,
  publishesOpenApi: true,
  servesLiveness: true,
  readinessStatus: async (db: PGlite): Promise<number> => ((await store.databaseAnswers(db)) ? 200 : 503),
  requestIdHeaders: (id: string): Record<string, string> => ({'X-Request-Id': id}),
  authFailureStatus: {missing: 401, unknown: 401} as Record<'missing' | 'unknown', number>,
  hasScope: (principal: Principal, scope: Scope): boolean => principal.scopes.includes(scope),
  rateLimitKey: (principal: Principal): string => principal.token,
  isJsonContentType: (contentType: string | undefined): boolean => /^application\/json\s*(;|$)/i.test(contentType ?? ''),
  parseJson: (text: string): {ok: true; value: unknown} | {ok: false} => {
    try {
      return {ok: true, value: JSON.parse(text) as unknown};
    } catch {
      return {ok: false};
    }
  },
  validateNewRefund,
  reportedErrors: (errors: FieldError[]): FieldError[] => errors,
  isValidIdempotencyKey: (key: string): boolean => key.length >= 1 && key.length <= 255 && VISIBLE_ASCII.test(key),
  idempotencyScope: (tenant: string): string => tenant,
  /** What makes two requests "the same body": the validated fields, unknown fields ignored. */
  requestHash: (refund: store.NewRefund): string =>
    createHash('sha256').update(JSON.stringify([refund.paymentId, refund.amountMinor, refund.currency, refund.reason])).digest('hex'),
  replayStatus: (storedStatus: number): number => storedStatus,
  createRefund: store.createRefund,
  createdHeaders: (refund: store.Refund): Record<string, string> => ({Location: `/refunds/${refund.id}`}),
  isRefundId: (id: string): boolean => UUID.test(id),
  getRefund: (db: PGlite, tenant: string, id: string) => store.getRefund(db, tenant, id),
  refundBody: (refund: store.Refund): unknown => refund,
  cancelRefund: store.cancelRefund,
  alreadyCancelledStatus: 409,
  parseLimit,
  listRefunds,
};

export type Behaviour = typeof CORRECT;
