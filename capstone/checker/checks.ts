/**
 * The checks, one function per check id. Each derives its ids, keys and bodies from its own seeded
 * generator, so a rerun with the same seed sends the same requests, and each counts what already
 * existed, so a rerun against the same database still passes.
 */
import type {CheckId} from './catalog';
import type {Exchange, HttpClient} from './http';
import type {Rng} from './prng';
import {
  bodyObject,
  deepEqual,
  expectField,
  expectFieldErrors,
  expectJsonObject,
  expectProblem,
  expectRefund,
  expectStatus,
  fail,
  header,
  instant,
  refundResponse,
  type Json,
  type NewRefund,
  type Refund,
} from './assert';

export type CheckContext = {
  http: HttpClient;
  rng: Rng;
  /** Stops and starts the service under test; null without --start. */
  restart: (() => Promise<void>) | null;
};
export type CheckOutcome = 'pass' | 'skipped';
type Check = (ctx: CheckContext) => Promise<CheckOutcome | void>;

const A = 'test-a-writer';
const A_READER = 'test-a-reader';
const B = 'test-b-writer';
const LIMITED = 'test-limited';
const CURRENCIES = ['BRL', 'MXN', 'COP', 'CLP', 'PEN', 'ARS', 'UYU', 'USD'];
const REASONS = [null, 'duplicate charge', 'item never arrived', 'customer changed their mind'];
/** Enough to walk one payment's refunds across many reruns with one seed; more means pages never end. */
const MAX_PAGES = 60;

function newRefund(rng: Rng, paymentId = rng.uuid()): NewRefund {
  return {paymentId, amountMinor: rng.int(1, 2_000_000), currency: rng.pick(CURRENCIES), reason: rng.pick(REASONS)};
}

async function create(ctx: CheckContext, token: string, refund: NewRefund, headers: Record<string, string> = {}): Promise<Refund> {
  const exchange = await ctx.http.request('POST', '/refunds', {token, json: refund, headers});
  return refundResponse(exchange, 201, refund);
}

type Page = {exchange: Exchange; data: Refund[]; nextCursor: string | null};

async function listPage(ctx: CheckContext, token: string, query: Record<string, string>): Promise<Page> {
  const exchange = await ctx.http.request('GET', `/refunds?${new URLSearchParams(query)}`, {token});
  const body = expectJsonObject(exchange, 200);
  if (!Array.isArray(body.data)) fail('field-value', exchange, {field: 'data'}, {field: 'data', expected: 'an array of Refund', received: body.data ?? '(missing)'});
  if (!(body.nextCursor === null || (typeof body.nextCursor === 'string' && body.nextCursor !== ''))) {
    fail('field-value', exchange, {field: 'nextCursor'}, {field: 'nextCursor', expected: 'a string or null', received: body.nextCursor ?? '(missing)'});
  }
  const data = (body.data as Json[]).map((item) => expectRefund(exchange, item, undefined, (item as {status?: string}).status === 'cancelled' ? 'cancelled' : 'pending'));
  return {exchange, data, nextCursor: body.nextCursor as string | null};
}

/** Every refund of one payment, walking the pages (nothing is created meanwhile). */
async function allOfPayment(ctx: CheckContext, token: string, paymentId: string): Promise<Refund[]> {
  const rows: Refund[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: Page = await listPage(ctx, token, {paymentId, limit: '100', ...(cursor ? {cursor} : {})});
    rows.push(...result.data);
    cursor = result.nextCursor;
    if (cursor === null) return rows;
  }
  return fail('cursor-endless', undefined, {pages: MAX_PAGES});
}

/** The contract's fields; a service may add others. */
const REFUND_FIELDS = ['id', 'paymentId', 'amountMinor', 'currency', 'reason', 'status', 'createdAt'] as const;

const idempotencyKey = (ctx: CheckContext) => `capstone-${ctx.rng.hex(24)}`;
const withKey = (key: string) => ({'Idempotency-Key': key});

export const CHECK_RUNNERS: Record<CheckId, Check> = {
  async 'contract.openapi-document'(ctx) {
    const exchange = await ctx.http.request('GET', '/openapi.json');
    const doc = expectJsonObject(exchange, 200);
    if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
      fail('field-value', exchange, {field: 'openapi'}, {field: 'openapi', expected: '"3.x.y"', received: doc.openapi ?? '(missing)'});
    }
    const paths = typeof doc.paths === 'object' && doc.paths !== null && !Array.isArray(doc.paths) ? doc.paths : {};
    // A path parameter may have any name: /refunds/{refundId} is /refunds/{id}.
    const normalised = new Map(Object.entries(paths).map(([path, item]) => [path.replace(/\{[^}]+\}/g, '{id}'), item]));
    const wanted: [string, string][] = [['/refunds', 'get'], ['/refunds', 'post'], ['/refunds/{id}', 'get'], ['/refunds/{id}/cancel', 'post']];
    for (const [path, method] of wanted) {
      const item = normalised.get(path);
      if (typeof item !== 'object' || item === null || !(method in item)) {
        fail('openapi-operation', exchange, {operation: `${method.toUpperCase()} ${path}`}, {field: `paths["${path}"].${method}`, expected: 'an operation', received: '(missing)'});
      }
    }
  },

  async 'contract.create-refund'(ctx) {
    // Unknown fields are ignored, so this one must not be refused.
    const refund = {...newRefund(ctx.rng), reason: 'customer changed their mind'};
    const exchange = await ctx.http.request('POST', '/refunds', {token: A, json: {...refund, channel: 'web'}});
    const created = refundResponse(exchange, 201, refund);
    const location = header(exchange, 'Location');
    if (!location.endsWith(`/refunds/${created.id}`)) {
      fail('header-value', exchange, {header: 'Location'}, {field: 'Location', expected: `/refunds/${created.id}`, received: location});
    }
    const withoutReason = newRefund(ctx.rng);
    delete withoutReason.reason;
    await create(ctx, A, withoutReason);
  },

  async 'contract.get-refund'(ctx) {
    const created = await create(ctx, A, newRefund(ctx.rng));
    const exchange = await ctx.http.request('GET', `/refunds/${encodeURIComponent(created.id)}`, {token: A});
    const read = refundResponse(exchange, 200);
    for (const field of REFUND_FIELDS) expectField(exchange, field, read[field], created[field]);
  },

  async 'contract.unknown-refund-404'(ctx) {
    expectProblem(await ctx.http.request('GET', `/refunds/${ctx.rng.uuid()}`, {token: A}), 404);
    expectProblem(await ctx.http.request('GET', `/refunds/no-such-refund-${ctx.rng.hex(8)}`, {token: A}), 404);
  },

  async 'contract.validation-names-every-field'(ctx) {
    const exchange = await ctx.http.request('POST', '/refunds', {
      token: A,
      json: {paymentId: `not-a-uuid-${ctx.rng.hex(4)}`, amountMinor: 0, currency: 'brl', reason: 'x'.repeat(501)},
    });
    expectFieldErrors(exchange, ['paymentId', 'amountMinor', 'currency', 'reason']);
    const missing = await ctx.http.request('POST', '/refunds', {token: A, json: {amountMinor: 100_000_001}});
    expectFieldErrors(missing, ['paymentId', 'amountMinor', 'currency']);
  },

  async 'contract.malformed-json-400'(ctx) {
    const exchange = await ctx.http.request('POST', '/refunds', {
      token: A,
      headers: {'Content-Type': 'application/json'},
      body: `{"paymentId": "${ctx.rng.uuid()}", "amountMinor": 100,`,
    });
    expectProblem(exchange, 400);
  },

  async 'contract.unsupported-media-type-415'(ctx) {
    const body = JSON.stringify(newRefund(ctx.rng));
    expectProblem(await ctx.http.request('POST', '/refunds', {token: A, headers: {'Content-Type': 'text/plain'}, body}), 415);
    // A charset parameter is still JSON.
    const refund = newRefund(ctx.rng);
    const exchange = await ctx.http.request('POST', '/refunds', {token: A, headers: {'Content-Type': 'application/json; charset=utf-8'}, body: JSON.stringify(refund)});
    refundResponse(exchange, 201, refund);
  },

  async 'contract.cancel-refund'(ctx) {
    const refund = newRefund(ctx.rng);
    const created = await create(ctx, A, refund);
    const path = `/refunds/${encodeURIComponent(created.id)}`;
    const cancel = await ctx.http.request('POST', `${path}/cancel`, {token: A});
    expectField(cancel, 'id', refundResponse(cancel, 200, refund, 'cancelled').id, created.id);
    refundResponse(await ctx.http.request('GET', path, {token: A}), 200, refund, 'cancelled');
    expectProblem(await ctx.http.request('POST', `${path}/cancel`, {token: A}), 409);
    expectProblem(await ctx.http.request('POST', `/refunds/${ctx.rng.uuid()}/cancel`, {token: A}), 404);
  },

  async 'data.list-shape-and-order'(ctx) {
    const paymentId = ctx.rng.uuid();
    const created: Refund[] = [];
    for (let i = 0; i < 3; i++) created.push(await create(ctx, A, newRefund(ctx.rng, paymentId)));
    const listed = await allOfPayment(ctx, A, paymentId);
    for (const refund of created) {
      if (!listed.some((row) => row.id === refund.id)) fail('list-missing', undefined, {paymentId, id: refund.id});
    }
    const page = await listPage(ctx, A, {limit: '100'});
    const exchange = page.exchange;
    for (let i = 1; i < page.data.length; i++) {
      const [newer, older] = [page.data[i - 1]!, page.data[i]!];
      if (instant(newer.createdAt)! < instant(older.createdAt)!) {
        fail('list-order', exchange, {first: newer.id, second: older.id}, {field: 'data[].createdAt', expected: 'newest first', received: [newer.createdAt, older.createdAt]});
      }
    }
    const smallPage = await listPage(ctx, A, {limit: '2'});
    const small = smallPage.exchange;
    expectField(small, 'data.length', Math.min(smallPage.data.length, 2), smallPage.data.length);
    if (smallPage.nextCursor === null) fail('field-value', small, {field: 'nextCursor'}, {field: 'nextCursor', expected: 'a cursor (there are more than 2 refunds)', received: null});
    const defaultPage = await listPage(ctx, A, {});
    if (defaultPage.data.length > 20) fail('field-value', defaultPage.exchange, {field: 'data.length'}, {field: 'data.length', expected: 'at most 20 by default', received: defaultPage.data.length});
  },

  async 'data.list-parameter-validation'(ctx) {
    for (const limit of ['0', '101', 'ten']) expectFieldErrors(await ctx.http.request('GET', `/refunds?limit=${limit}`, {token: A}), ['limit']);
    expectFieldErrors(await ctx.http.request('GET', `/refunds?cursor=${encodeURIComponent(`not a cursor ${ctx.rng.hex(6)}!`)}`, {token: A}), ['cursor']);
  },

  async 'data.cursor-stable-under-inserts'(ctx) {
    const paymentId = ctx.rng.uuid();
    for (let i = 0; i < 5; i++) await create(ctx, A, newRefund(ctx.rng, paymentId));
    const existing = await allOfPayment(ctx, A, paymentId);
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) fail('cursor-endless', undefined, {pages: MAX_PAGES});
      const result: Page = await listPage(ctx, A, {paymentId, limit: '2', ...(cursor ? {cursor} : {})});
      for (const row of result.data) {
        if (seen.has(row.id)) fail('cursor-repeat', undefined, {id: row.id});
        seen.add(row.id);
      }
      cursor = result.nextCursor;
      if (cursor === null) break;
      // A refund created between two pages must neither shift the next page nor appear twice.
      await create(ctx, A, newRefund(ctx.rng, paymentId));
    }
    for (const row of existing) if (!seen.has(row.id)) fail('cursor-skip', undefined, {id: row.id});
  },

  async 'idempotency.replay-same-response'(ctx) {
    const key = idempotencyKey(ctx);
    const refund = newRefund(ctx.rng);
    const first = await ctx.http.request('POST', '/refunds', {token: A, json: refund, headers: withKey(key)});
    refundResponse(first, 201, refund);
    const replay = await ctx.http.request('POST', '/refunds', {token: A, json: refund, headers: withKey(key)});
    expectStatus(replay, first.response.status);
    const [a, b] = [bodyObject(first), bodyObject(replay)];
    if (!deepEqual(a, b)) fail('replay-differs', replay, {}, {field: '(body)', expected: a, received: b});
    const rows = await allOfPayment(ctx, A, refund.paymentId);
    if (rows.length !== 1) fail('refund-count', undefined, {paymentId: refund.paymentId, received: rows.length, expected: 1});
  },

  async 'idempotency.key-reuse-different-body-422'(ctx) {
    const key = idempotencyKey(ctx);
    const refund = newRefund(ctx.rng);
    await create(ctx, A, refund, withKey(key));
    const other = {...refund, amountMinor: refund.amountMinor + 1};
    expectProblem(await ctx.http.request('POST', '/refunds', {token: A, json: other, headers: withKey(key)}), 422);
  },

  async 'idempotency.concurrent-same-key-one-refund'(ctx) {
    const key = idempotencyKey(ctx);
    const refund = newRefund(ctx.rng);
    const both = await Promise.all([0, 1].map(() => ctx.http.request('POST', '/refunds', {token: A, json: refund, headers: withKey(key)})));
    const winners: Refund[] = [];
    for (const exchange of both) {
      expectStatus(exchange, 201, 409);
      if (exchange.response.status === 409) expectProblem(exchange, 409);
      else winners.push(refundResponse(exchange, 201, refund));
    }
    if (winners.length === 2 && winners[0]!.id !== winners[1]!.id) {
      fail('concurrent-different', both[1], {}, {field: 'id', expected: winners[0]!.id, received: winners[1]!.id});
    }
    const rows = await allOfPayment(ctx, A, refund.paymentId);
    if (rows.length !== 1) fail('refund-count', undefined, {paymentId: refund.paymentId, received: rows.length, expected: 1});
  },

  async 'idempotency.keys-scoped-per-tenant'(ctx) {
    const key = idempotencyKey(ctx);
    const refund = newRefund(ctx.rng);
    const ofA = await create(ctx, A, refund, withKey(key));
    const exchange = await ctx.http.request('POST', '/refunds', {token: B, json: refund, headers: withKey(key)});
    const ofB = refundResponse(exchange, 201, refund);
    if (ofB.id === ofA.id) fail('key-shared-across-tenants', exchange, {id: ofA.id}, {field: 'id', expected: `not ${ofA.id}`, received: ofB.id});
  },

  async 'idempotency.key-format-400'(ctx) {
    for (const key of ['', 'k'.repeat(256)]) {
      expectFieldErrors(await ctx.http.request('POST', '/refunds', {token: A, json: newRefund(ctx.rng), headers: withKey(key)}), ['Idempotency-Key']);
    }
  },

  async 'security.missing-token-401'(ctx) {
    const requests = [
      () => ctx.http.request('GET', '/refunds'),
      () => ctx.http.request('POST', '/refunds', {json: newRefund(ctx.rng)}),
      () => ctx.http.request('GET', '/refunds', {headers: {Authorization: `Basic ${Buffer.from('test-a-writer:').toString('base64')}`}}),
    ];
    for (const send of requests) {
      const exchange = await send();
      expectProblem(exchange, 401);
      expectBearerChallenge(exchange);
    }
  },

  async 'security.unknown-token-401'(ctx) {
    const exchange = await ctx.http.request('GET', '/refunds', {token: `test-nobody-${ctx.rng.hex(8)}`});
    expectProblem(exchange, 401);
    expectBearerChallenge(exchange);
  },

  async 'security.read-only-token-403'(ctx) {
    expectProblem(await ctx.http.request('POST', '/refunds', {token: A_READER, json: newRefund(ctx.rng)}), 403);
    const refund = newRefund(ctx.rng);
    const created = await create(ctx, A, refund);
    const path = `/refunds/${encodeURIComponent(created.id)}`;
    expectProblem(await ctx.http.request('POST', `${path}/cancel`, {token: A_READER}), 403);
    refundResponse(await ctx.http.request('GET', path, {token: A_READER}), 200, refund, 'pending');
  },

  async 'security.tenant-read-isolation'(ctx) {
    const refund = newRefund(ctx.rng);
    const ofB = await create(ctx, B, refund);
    const read = await ctx.http.request('GET', `/refunds/${encodeURIComponent(ofB.id)}`, {token: A});
    if (read.response.status === 200) fail('tenant-leak', read, {id: ofB.id}, {field: 'status', expected: 404, received: 200});
    expectProblem(read, 404);
    const page = await listPage(ctx, A, {paymentId: refund.paymentId});
    if (page.data.some((row) => row.id === ofB.id)) fail('tenant-leak', page.exchange, {id: ofB.id}, {field: 'data', expected: [], received: page.data.map((row) => row.id)});
  },

  async 'security.tenant-write-isolation'(ctx) {
    const refund = newRefund(ctx.rng);
    const ofB = await create(ctx, B, refund);
    const path = `/refunds/${encodeURIComponent(ofB.id)}`;
    const cancel = await ctx.http.request('POST', `${path}/cancel`, {token: A});
    if (cancel.response.status === 200) fail('tenant-changed', cancel, {id: ofB.id}, {field: 'status', expected: 404, received: 200});
    expectProblem(cancel, 404);
    const after = await ctx.http.request('GET', path, {token: B});
    const state = bodyObject(after).status;
    if (state !== 'pending') fail('tenant-changed', after, {id: ofB.id}, {field: 'status', expected: 'pending', received: state ?? '(missing)'});
    refundResponse(after, 200, refund, 'pending');
  },

  async 'operations.liveness'(ctx) {
    expectStatus(await ctx.http.request('GET', '/health/live'), 200);
  },

  async 'operations.readiness'(ctx) {
    expectStatus(await ctx.http.request('GET', '/health/ready'), 200);
  },

  async 'operations.request-id'(ctx) {
    const sends: [string, string, string | undefined][] = [['GET', '/refunds?limit=1', A], ['GET', `/refunds/${ctx.rng.uuid()}`, A], ['GET', '/refunds?limit=1', undefined]];
    for (const [method, path, token] of sends) {
      const id = `capstone-${ctx.rng.hex(16)}`;
      const exchange = await ctx.http.request(method, path, {...(token ? {token} : {}), headers: {'X-Request-Id': id}});
      const echoed = header(exchange, 'X-Request-Id');
      if (echoed !== id) fail('header-value', exchange, {header: 'X-Request-Id'}, {field: 'X-Request-Id', expected: id, received: echoed});
    }
    const first = await ctx.http.request('GET', '/health/live');
    const second = await ctx.http.request('GET', '/refunds?limit=1', {token: A});
    const [a, b] = [header(first, 'X-Request-Id'), header(second, 'X-Request-Id')];
    if (a === '' || a === b) fail('request-id-not-unique', second, {id: a}, {field: 'X-Request-Id', expected: `a new id, not ${a}`, received: b});
  },

  async 'operations.rate-limit-429'(ctx) {
    let limited = null;
    let sent = 0;
    while (sent < 10 && limited === null) {
      const exchange = await ctx.http.request('GET', '/refunds?limit=1', {token: LIMITED});
      sent++;
      if (exchange.response.status === 429) limited = exchange;
      else expectStatus(exchange, 200);
    }
    if (limited === null) return fail('no-429', undefined, {count: sent});
    expectProblem(limited, 429);
    const retryAfter = header(limited, 'Retry-After');
    if (!/^\d+$/.test(retryAfter) || Number(retryAfter) < 1 || Number(retryAfter) > 60) {
      fail('header-value', limited, {header: 'Retry-After'}, {field: 'Retry-After', expected: 'whole seconds from 1 to 60', received: retryAfter});
    }
    const other = await ctx.http.request('GET', '/refunds?limit=1', {token: A});
    if (other.response.status === 429) fail('other-token-limited', other, {}, {field: 'status', expected: 200, received: 429});
    expectStatus(other, 200);
  },

  async 'operations.restart-keeps-refunds'(ctx) {
    if (ctx.restart === null) return 'skipped';
    const key = idempotencyKey(ctx);
    const refund = newRefund(ctx.rng);
    const first = await ctx.http.request('POST', '/refunds', {token: A, json: refund, headers: withKey(key)});
    const created = refundResponse(first, 201, refund);
    await ctx.restart();
    const read = await ctx.http.request('GET', `/refunds/${encodeURIComponent(created.id)}`, {token: A});
    if (read.response.status !== 200 || !deepEqual(bodyObject(read), bodyObject(first))) {
      fail('restart-lost', read, {id: created.id}, {field: '(body)', expected: bodyObject(first), received: read.response.text.slice(0, 500)});
    }
    const replay = await ctx.http.request('POST', '/refunds', {token: A, json: refund, headers: withKey(key)});
    if (replay.response.status !== first.response.status || !deepEqual(bodyObject(replay), bodyObject(first))) {
      fail('replay-differs', replay, {}, {field: '(body)', expected: bodyObject(first), received: replay.response.text.slice(0, 500)});
    }
  },
};

function expectBearerChallenge(exchange: Parameters<typeof header>[0]): void {
  const challenge = header(exchange, 'WWW-Authenticate');
  if (!/^bearer\b/i.test(challenge)) fail('header-value', exchange, {header: 'WWW-Authenticate'}, {field: 'WWW-Authenticate', expected: 'Bearer …', received: challenge});
}
