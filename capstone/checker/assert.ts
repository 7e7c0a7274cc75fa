/** What a check expects of an answer; a mismatch throws a CheckFailure naming the field at fault. */
import {describeRequest, type Exchange} from './http';
import type {MessageKey, Params} from './messages';

export type FailureDetail = {exchange?: Exchange; field?: string; expected?: unknown; received?: unknown};

/** The service answered, and the answer is wrong (exit code 1). */
export class CheckFailure extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: Params,
    readonly detail: FailureDetail = {},
  ) {
    super(code);
  }
}

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type Refund = {id: string; paymentId: string; amountMinor: number; currency: string; reason: string | null; status: string; createdAt: string};
export type NewRefund = {paymentId: string; amountMinor: number; currency: string; reason?: string | null};

export const requestName = (exchange: Exchange) => describeRequest(exchange.request);

export function fail(code: MessageKey, exchange: Exchange | undefined, params: Params = {}, detail: Omit<FailureDetail, 'exchange'> = {}): never {
  throw new CheckFailure(code, {...(exchange ? {request: requestName(exchange)} : {}), ...params}, {exchange, ...detail});
}

export function expectStatus(exchange: Exchange, ...allowed: number[]): void {
  const status = exchange.response.status;
  if (!allowed.includes(status)) {
    fail('unexpected-status', exchange, {received: status, expected: allowed.join(' / ')}, {field: 'status', expected: allowed.join(' / '), received: status});
  }
}

export function bodyJson(exchange: Exchange): Json {
  try {
    return JSON.parse(exchange.response.text) as Json;
  } catch {
    return fail('body-not-json', exchange);
  }
}

const isObject = (value: Json | undefined): value is {[key: string]: Json} => typeof value === 'object' && value !== null && !Array.isArray(value);

export function bodyObject(exchange: Exchange): {[key: string]: Json} {
  const body = bodyJson(exchange);
  if (!isObject(body)) fail('field-value', exchange, {field: '(body)'}, {field: '(body)', expected: 'a JSON object', received: body});
  return body;
}

function expectContentType(exchange: Exchange, mediaType: string): void {
  const received = exchange.response.headers['content-type'] ?? '';
  if (received.split(';')[0]!.trim().toLowerCase() !== mediaType) {
    fail('wrong-content-type', exchange, {received: received || '(none)', expected: mediaType}, {field: 'Content-Type', expected: mediaType, received: received || '(none)'});
  }
}

/** RFC 9457 problem details with the given status. */
export function expectProblem(exchange: Exchange, status: number): {[key: string]: Json} {
  expectStatus(exchange, status);
  const body = bodyObject(exchange);
  expectContentType(exchange, 'application/problem+json');
  const problems: [string, boolean, string][] = [
    ['type', typeof body.type === 'string' && body.type !== '', 'a URI string'],
    ['title', typeof body.title === 'string', 'a string'],
    ['status', body.status === status, String(status)],
  ];
  for (const [field, ok, expected] of problems) {
    if (!ok) fail('not-problem-details', exchange, {problem: `${field} must be ${expected}`}, {field, expected, received: body[field] ?? '(missing)'});
  }
  return body;
}

export function expectField(exchange: Exchange, field: string, received: unknown, expected: unknown): void {
  if (!deepEqual(received as Json, expected as Json)) fail('field-value', exchange, {field}, {field, expected, received: received === undefined ? '(missing)' : received});
}

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** An RFC 3339 timestamp as nanoseconds since 1970 UTC: exact, and independent of the local time zone. */
export function instant(text: string): bigint | null {
  const m = RFC_3339.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, fraction = '', z, sign, oh, om] = m;
  const offsetMinutes = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  if (Number.isNaN(ms)) return null;
  return BigInt(ms) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

/** A Refund as the contract defines it, matching what was sent when `sent` is given. */
export function expectRefund(exchange: Exchange, value: Json | undefined, sent?: NewRefund, status = 'pending'): Refund {
  if (!isObject(value)) return fail('field-value', exchange, {field: '(refund)'}, {field: '(refund)', expected: 'a Refund object', received: value ?? '(missing)'});
  if (typeof value.id !== 'string' || value.id === '') fail('field-value', exchange, {field: 'id'}, {field: 'id', expected: 'a non-empty string', received: value.id ?? '(missing)'});
  if (sent) {
    expectField(exchange, 'paymentId', value.paymentId, sent.paymentId);
    expectField(exchange, 'amountMinor', value.amountMinor, sent.amountMinor);
    expectField(exchange, 'currency', value.currency, sent.currency);
    expectField(exchange, 'reason', value.reason, sent.reason ?? null);
  }
  expectField(exchange, 'status', value.status, status);
  if (typeof value.createdAt !== 'string' || instant(value.createdAt) === null) {
    fail('field-value', exchange, {field: 'createdAt'}, {field: 'createdAt', expected: 'an RFC 3339 timestamp with an offset, e.g. 2026-12-06T14:03:00.123Z', received: value.createdAt ?? '(missing)'});
  }
  return value as unknown as Refund;
}

/** A JSON success response whose body is a Refund. */
export function refundResponse(exchange: Exchange, status: number, sent?: NewRefund, refundStatus = 'pending'): Refund {
  expectStatus(exchange, status);
  const body = bodyJson(exchange);
  expectContentType(exchange, 'application/json');
  return expectRefund(exchange, body, sent, refundStatus);
}

export function expectJsonObject(exchange: Exchange, status: number): {[key: string]: Json} {
  expectStatus(exchange, status);
  const body = bodyObject(exchange);
  expectContentType(exchange, 'application/json');
  return body;
}

/** A 400 problem whose `errors` names each of `fields` (case-insensitively: header names have no case). */
export function expectFieldErrors(exchange: Exchange, fields: string[]): void {
  const body = expectProblem(exchange, 400);
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const named = new Set(errors.flatMap((error) => (isObject(error) && typeof error.field === 'string' ? [error.field.toLowerCase()] : [])));
  for (const field of fields) {
    if (!named.has(field.toLowerCase())) {
      fail('missing-field-error', exchange, {field}, {field: 'errors[].field', expected: fields, received: [...named]});
    }
  }
}

export function header(exchange: Exchange, name: string): string {
  const value = exchange.response.headers[name.toLowerCase()];
  if (value === undefined) fail('missing-header', exchange, {header: name}, {field: name, expected: 'present', received: '(missing)'});
  return value;
}

export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  return ak.length === bk.length && ak.every((key) => deepEqual((a as Record<string, Json>)[key], (b as Record<string, Json>)[key]));
}
