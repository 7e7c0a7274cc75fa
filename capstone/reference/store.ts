/**
 * The refunds store on PGlite (PostgreSQL compiled to WebAssembly). PGlite is one connection: its
 * `transaction()` runs one transaction at a time, and the primary key on (scope, key) of
 * idempotency_keys makes claiming a key atomic even if that ever changes.
 */
import {PGlite, type Transaction} from '@electric-sql/pglite';

export type Refund = {
  id: string;
  paymentId: string;
  amountMinor: number;
  currency: string;
  reason: string | null;
  status: 'pending' | 'cancelled';
  createdAt: string;
};

export type NewRefund = Pick<Refund, 'paymentId' | 'amountMinor' | 'currency' | 'reason'>;

/** The tenant's view: every query is filtered by it. */
export type Queryable = Pick<PGlite, 'query'> | Transaction;

const SCHEMA = `
  create table if not exists refunds (
    id uuid primary key default gen_random_uuid(),
    tenant text not null,
    payment_id uuid not null,
    amount_minor integer not null,
    currency char(3) not null,
    reason text,
    status text not null default 'pending',
    created_at timestamptz not null default clock_timestamp()
  );
  create index if not exists refunds_newest_first on refunds (tenant, created_at desc, id desc);
  create table if not exists idempotency_keys (
    scope text not null,
    key text not null,
    request_hash text not null,
    response_status integer,
    response_body text,
    primary key (scope, key)
  );
`;

/** `dataDir` undefined: in memory (tests). Otherwise a directory that survives restarts. */
export async function openDatabase(dataDir?: string): Promise<PGlite> {
  const db = await PGlite.create(dataDir);
  await db.exec(SCHEMA);
  return db;
}

/** created_at keeps microseconds: a cursor built from a millisecond JavaScript Date would skip rows. */
export const REFUND_COLUMNS = `id::text, payment_id::text as "paymentId", amount_minor as "amountMinor", currency,
  reason, status, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt"`;

export async function insertRefund(db: Queryable, tenant: string, refund: NewRefund): Promise<Refund> {
  const result = await db.query<Refund>(
    `insert into refunds (tenant, payment_id, amount_minor, currency, reason) values ($1, $2, $3, $4, $5) returning ${REFUND_COLUMNS}`,
    [tenant, refund.paymentId, refund.amountMinor, refund.currency, refund.reason],
  );
  return result.rows[0]!;
}

export async function getRefund(db: Queryable, tenant: string, id: string): Promise<Refund | null> {
  const result = await db.query<Refund>(`select ${REFUND_COLUMNS} from refunds where id = $1 and tenant = $2`, [id, tenant]);
  return result.rows[0] ?? null;
}

export type CancelOutcome = {kind: 'cancelled'; refund: Refund} | {kind: 'already-cancelled'; refund: Refund} | {kind: 'not-found'};

export async function cancelRefund(db: PGlite, tenant: string, id: string): Promise<CancelOutcome> {
  return db.transaction(async (tx) => {
    const current = await tx.query<Refund>(`select ${REFUND_COLUMNS} from refunds where id = $1 and tenant = $2 for update`, [id, tenant]);
    const refund = current.rows[0];
    if (!refund) return {kind: 'not-found'};
    if (refund.status === 'cancelled') return {kind: 'already-cancelled', refund};
    const updated = await tx.query<Refund>(`update refunds set status = 'cancelled' where id = $1 returning ${REFUND_COLUMNS}`, [id]);
    return {kind: 'cancelled', refund: updated.rows[0]!};
  });
}

export type ListQuery = {tenant: string; limit: number; paymentId: string | null; after: Cursor | null};
/** The last row of a page: the next page starts strictly after it in (createdAt desc, id desc) order. */
export type Cursor = {createdAt: string; id: string};
export type Page = {data: Refund[]; next: Cursor | null};

/** Keyset pagination: rows created while a client walks the pages are newer, so they never shift a page. */
export async function listRefunds(db: Queryable, query: ListQuery): Promise<Page> {
  const params: unknown[] = [query.tenant, query.limit + 1];
  const where = ['tenant = $1'];
  if (query.paymentId !== null) where.push(`payment_id = $${params.push(query.paymentId)}`);
  if (query.after !== null) {
    where.push(`(created_at, id) < ($${params.push(query.after.createdAt)}::timestamptz, $${params.push(query.after.id)}::uuid)`);
  }
  const result = await db.query<Refund>(
    `select ${REFUND_COLUMNS} from refunds where ${where.join(' and ')} order by created_at desc, id desc limit $2`,
    params,
  );
  const data = result.rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return {data, next: result.rows.length > query.limit && last ? {createdAt: last.createdAt, id: last.id} : null};
}

export type CreateOutcome =
  | {kind: 'created'; refund: Refund}
  | {kind: 'replay'; status: number; body: string}
  | {kind: 'key-reused-with-other-body'};

export type IdempotentRequest = {scope: string; key: string; requestHash: string};

/**
 * Creates a refund, or replays the stored response of an earlier request with the same key. Claiming
 * the key, inserting the refund and storing the response happen in one transaction, so two requests
 * with one key can never both insert.
 */
export async function createRefund(db: PGlite, tenant: string, refund: NewRefund, idempotency: IdempotentRequest | null): Promise<CreateOutcome> {
  return db.transaction(async (tx) => {
    if (idempotency) {
      const claimed = await tx.query(
        'insert into idempotency_keys (scope, key, request_hash) values ($1, $2, $3) on conflict do nothing returning key',
        [idempotency.scope, idempotency.key, idempotency.requestHash],
      );
      if (claimed.rows.length === 0) return storedOutcome(tx, idempotency);
    }
    const created = await insertRefund(tx, tenant, refund);
    if (idempotency) {
      await tx.query('update idempotency_keys set response_status = 201, response_body = $3 where scope = $1 and key = $2', [
        idempotency.scope,
        idempotency.key,
        JSON.stringify(created),
      ]);
    }
    return {kind: 'created', refund: created};
  });
}

export async function storedOutcome(db: Queryable, idempotency: IdempotentRequest): Promise<CreateOutcome> {
  const stored = await db.query<{request_hash: string; response_status: number; response_body: string}>(
    'select request_hash, response_status, response_body from idempotency_keys where scope = $1 and key = $2',
    [idempotency.scope, idempotency.key],
  );
  const row = stored.rows[0]!;
  if (row.request_hash !== idempotency.requestHash) return {kind: 'key-reused-with-other-body'};
  return {kind: 'replay', status: row.response_status, body: row.response_body};
}

export async function databaseAnswers(db: PGlite): Promise<boolean> {
  try {
    await db.query('select 1');
    return true;
  } catch {
    return false;
  }
}
