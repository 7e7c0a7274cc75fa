/**
 * Deliberate mistakes for the checker's own tests (CAPSTONE_FAULT=<name>): each replaces one part of
 * the correct behaviour with a bug learners really write, and names the checks that must catch it.
 * Never used unless asked for.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import type {PGlite} from '@electric-sql/pglite';
import {CORRECT, decodeCursor, encodeCursor, type Behaviour, type ListRequest} from './behaviour';
import * as store from './store';

type Fault = {what: string; breaks: string[]; change: Partial<Behaviour>};

/** Offset pagination: a row created while the client walks the pages shifts every later page. */
async function offsetPages(db: PGlite, request: ListRequest) {
  const offset = request.cursor === null ? 0 : Number(request.cursor);
  if (!Number.isInteger(offset) || offset < 0) return null;
  const filter = request.paymentId === null ? '' : 'and payment_id::text = $4';
  const result = await db.query<store.Refund>(
    `select ${store.REFUND_COLUMNS} from refunds where tenant = $1 ${filter} order by created_at desc, id desc limit $2 offset $3`,
    [request.tenant, request.limit + 1, offset, ...(request.paymentId === null ? [] : [request.paymentId])],
  );
  return {data: result.rows.slice(0, request.limit), nextCursor: result.rows.length > request.limit ? String(offset + request.limit) : null};
}

export const FAULTS = {
  'openapi-missing': {what: 'GET /openapi.json answers 404', breaks: ['contract.openapi-document'], change: {publishesOpenApi: false}},
  'no-location': {
    what: '201 without a Location header',
    breaks: ['contract.create-refund'],
    change: {createdHeaders: () => ({})},
  },
  'get-wrapped': {
    what: 'GET /refunds/{id} wraps the refund in {refund: ...} (the cancel check reads the cancelled refund back too)',
    breaks: ['contract.get-refund', 'contract.cancel-refund'],
    change: {refundBody: (refund) => ({refund})},
  },
  'non-uuid-id-500': {
    what: 'an id that is not a UUID reaches PostgreSQL and fails with 500',
    breaks: ['contract.unknown-refund-404'],
    change: {isRefundId: () => true},
  },
  'first-field-only': {
    what: 'validation names only the first invalid field',
    breaks: ['contract.validation-names-every-field'],
    change: {reportedErrors: (errors) => errors.slice(0, 1)},
  },
  'malformed-json-500': {
    what: 'JSON.parse throws on a malformed body and the service answers 500',
    breaks: ['contract.malformed-json-400'],
    change: {parseJson: (text) => ({ok: true, value: JSON.parse(text) as unknown})},
  },
  'any-content-type': {
    what: 'any Content-Type is accepted',
    breaks: ['contract.unsupported-media-type-415'],
    change: {isJsonContentType: () => true},
  },
  'second-cancel-200': {
    what: 'cancelling a cancelled refund answers 200 instead of 409',
    breaks: ['contract.cancel-refund'],
    change: {alreadyCancelledStatus: 200},
  },
  'oldest-first': {
    what: 'the list is ordered oldest first',
    breaks: ['data.list-shape-and-order'],
    change: {
      listRefunds: async (db, request) => {
        const after = request.cursor === null ? null : decodeCursor(request.cursor);
        if (request.cursor !== null && after === null) return null;
        const params: unknown[] = [request.tenant, request.limit + 1, request.paymentId ?? '', after?.createdAt ?? '-infinity', after?.id ?? '00000000-0000-0000-0000-000000000000'];
        const rows = (
          await db.query<store.Refund>(
            `select ${store.REFUND_COLUMNS} from refunds where tenant = $1 and ($3 = '' or payment_id::text = $3)
             and (created_at, id) > ($4::timestamptz, $5::uuid) order by created_at, id limit $2`,
            params,
          )
        ).rows;
        const last = rows[request.limit - 1];
        return {data: rows.slice(0, request.limit), nextCursor: rows.length > request.limit && last ? encodeCursor(last) : null};
      },
    },
  },
  'no-limit-validation': {
    what: 'limit=0 and limit=1000 are accepted',
    breaks: ['data.list-parameter-validation'],
    change: {parseLimit: (raw) => Math.min(Math.max(Number(raw ?? 20) || 20, 1), 100)},
  },
  'offset-cursor': {
    what: 'the cursor is an offset',
    breaks: ['data.cursor-stable-under-inserts'],
    change: {listRefunds: offsetPages},
  },
  'replay-other-status': {
    what: 'a replay answers 200 instead of the first response status (201); a concurrent loser replays with 200 too',
    breaks: ['idempotency.replay-same-response', 'idempotency.concurrent-same-key-one-refund'],
    change: {replayStatus: () => 200},
  },
  'key-reuse-replays': {
    what: 'a key reused with a different body replays the first refund instead of 422',
    breaks: ['idempotency.key-reuse-different-body-422'],
    change: {requestHash: () => 'any body'},
  },
  'check-then-insert': {
    what: 'the key is looked up, then the refund inserted after an await: two concurrent requests both insert',
    breaks: ['idempotency.concurrent-same-key-one-refund'],
    change: {
      createRefund: async (db, tenant, refund, idempotency) => {
        if (idempotency === null) return CORRECT.createRefund(db, tenant, refund, null);
        const seen = await db.query('select 1 from idempotency_keys where scope = $1 and key = $2', [idempotency.scope, idempotency.key]);
        if (seen.rows.length > 0) return store.storedOutcome(db, idempotency);
        await sleep(50);
        const created = await store.insertRefund(db, tenant, refund);
        await db.query('insert into idempotency_keys (scope, key, request_hash, response_status, response_body) values ($1, $2, $3, 201, $4)', [
          idempotency.scope,
          idempotency.key,
          idempotency.requestHash,
          JSON.stringify(created),
        ]);
        return {kind: 'created', refund: created};
      },
    },
  },
  'keys-global': {
    what: 'idempotency keys are global, not per tenant',
    breaks: ['idempotency.keys-scoped-per-tenant'],
    change: {idempotencyScope: () => 'everyone'},
  },
  'no-key-validation': {
    what: 'an empty or 256-character Idempotency-Key is accepted',
    breaks: ['idempotency.key-format-400'],
    change: {isValidIdempotencyKey: () => true},
  },
  'missing-token-403': {
    what: 'a request without a token gets 403',
    breaks: ['security.missing-token-401'],
    change: {authFailureStatus: {missing: 403, unknown: 401}},
  },
  'unknown-token-403': {
    what: 'an unknown token gets 403',
    breaks: ['security.unknown-token-401'],
    change: {authFailureStatus: {missing: 401, unknown: 403}},
  },
  'reader-can-write': {
    what: 'scopes are not checked: the read-only token can create and cancel',
    breaks: ['security.read-only-token-403'],
    change: {hasScope: () => true},
  },
  'get-no-tenant-filter': {
    what: "GET /refunds/{id} returns another tenant's refund",
    breaks: ['security.tenant-read-isolation'],
    change: {
      getRefund: async (db, _tenant, id) => (await db.query<store.Refund>(`select ${store.REFUND_COLUMNS} from refunds where id = $1`, [id])).rows[0] ?? null,
    },
  },
  'list-no-tenant-filter': {
    what: "GET /refunds?paymentId= lists another tenant's refunds",
    breaks: ['security.tenant-read-isolation'],
    change: {
      // Lists as whichever tenant owns the payment's refunds: right for your own payments only.
      listRefunds: async (db, request) => {
        const owner = request.paymentId === null ? [] : (await db.query<{tenant: string}>('select tenant from refunds where payment_id::text = $1 limit 1', [request.paymentId])).rows;
        return CORRECT.listRefunds(db, {...request, tenant: owner[0]?.tenant ?? request.tenant});
      },
    },
  },
  'cancel-no-tenant-filter': {
    what: "POST /refunds/{id}/cancel cancels another tenant's refund",
    breaks: ['security.tenant-write-isolation'],
    change: {
      cancelRefund: async (db, _tenant, id) => {
        const owner = await db.query<{tenant: string}>('select tenant from refunds where id = $1', [id]);
        const tenant = owner.rows[0]?.tenant;
        return tenant === undefined ? {kind: 'not-found'} : store.cancelRefund(db, tenant, id);
      },
    },
  },
  'no-liveness': {what: 'GET /health/live answers 404', breaks: ['operations.liveness'], change: {servesLiveness: false}},
  'readiness-500': {what: 'GET /health/ready answers 500', breaks: ['operations.readiness'], change: {readinessStatus: async () => 500}},
  'no-request-id': {what: 'no X-Request-Id header', breaks: ['operations.request-id'], change: {requestIdHeaders: () => ({})}},
  'rate-limit-never': {
    what: 'the rate limiter never refuses',
    breaks: ['operations.rate-limit-429'],
    change: {rateLimitKey: (principal) => `${principal.token}:${Math.random()}`},
  },
  'rate-limit-global': {
    what: 'one limiter for every token: once test-limited is over its limit, every token gets 429',
    breaks: ['operations.rate-limit-429'],
    change: {rateLimitKey: () => 'everyone'},
  },
  'memory-store': {
    what: 'the data lives in memory and is gone after a restart',
    breaks: ['operations.restart-keeps-refunds'],
    change: {dataDir: () => undefined},
  },
} satisfies Record<string, Fault>;

export type FaultName = keyof typeof FAULTS;

/** The behaviour for CAPSTONE_FAULT (unset or empty: the correct service). */
export function behaviourFor(fault: string | undefined): Behaviour {
  if (fault === undefined || fault === '') return CORRECT;
  if (!Object.hasOwn(FAULTS, fault)) throw new Error(`unknown CAPSTONE_FAULT "${fault}"; known: ${Object.keys(FAULTS).join(', ')}`);
  return {...CORRECT, ...FAULTS[fault as FaultName].change};
}
