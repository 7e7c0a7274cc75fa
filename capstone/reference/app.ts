/**
 * The refunds HTTP API on Node's own `http` module: routing, authentication, rate limiting, request
 * ids and RFC 9457 problem details. The rules themselves come from a Behaviour (behaviour.ts).
 */
import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {performance} from 'node:perf_hooks';
import type {PGlite} from '@electric-sql/pglite';
import {OPENAPI_DOCUMENT} from './openapi';
import {RateLimiter, TOKENS, type Behaviour, type FieldError, type Principal, type Scope} from './behaviour';

const MAX_BODY_BYTES = 64 * 1024;
const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

type Reply = {status: number; headers?: Record<string, string>; body?: unknown; rawBody?: string};

const PROBLEM_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

function problem(status: number, slug: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: {'Content-Type': 'application/problem+json', ...headers},
    body: {type: `https://refunds.example/problems/${slug}`, title: PROBLEM_TITLES[status] ?? 'Error', status, detail, ...extra},
  };
}

const validationProblem = (errors: FieldError[]) => problem(400, 'validation', 'The request is not valid; see errors.', {errors});

/** A percent-decoded path segment; a malformed escape stays as sent (and matches no refund). */
function pathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

class PayloadTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `logError` receives what made a request fail with 500 (the checker's tests silence it). */
export function createHandler(
  db: PGlite,
  behaviour: Behaviour,
  logError: (requestId: string, error: unknown) => void = (requestId, error) => console.error(`request ${requestId} failed:`, error),
): (req: IncomingMessage, res: ServerResponse) => void {
  const limiter = new RateLimiter();

  function authenticate(req: IncomingMessage, scope: Scope): {ok: true; principal: Principal} | {ok: false; reply: Reply} {
    const header = req.headers.authorization;
    const token = /^Bearer ([^\s]+)$/.exec(header ?? '')?.[1];
    const known = token === undefined ? undefined : TOKENS[token];
    if (token === undefined || known === undefined) {
      const reason = header === undefined || token === undefined ? 'missing' : 'unknown';
      const status = behaviour.authFailureStatus[reason];
      const detail = reason === 'missing' ? 'Send Authorization: Bearer <token>.' : 'The token is not known.';
      return {ok: false, reply: problem(status, 'unauthenticated', detail, {}, {'WWW-Authenticate': 'Bearer realm="refunds"'})};
    }
    const principal = {token: token!, ...known};
    const retryAfter = limiter.take(behaviour.rateLimitKey(principal), principal.limit, performance.now());
    if (retryAfter !== null) {
      return {ok: false, reply: problem(429, 'rate-limited', `Too many requests; retry in ${retryAfter} s.`, {}, {'Retry-After': String(retryAfter)})};
    }
    if (!behaviour.hasScope(principal, scope)) return {ok: false, reply: problem(403, 'forbidden', `The token lacks the scope ${scope}.`)};
    return {ok: true, principal};
  }

  async function createRefund(req: IncomingMessage): Promise<Reply> {
    const auth = authenticate(req, 'refunds:write');
    if (!auth.ok) return auth.reply;
    if (!behaviour.isJsonContentType(req.headers['content-type'])) {
      return problem(415, 'unsupported-media-type', 'Send the body as Content-Type: application/json.');
    }
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string' && !behaviour.isValidIdempotencyKey(key)) {
      return validationProblem([{field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters'}]);
    }
    const json = behaviour.parseJson(await readBody(req));
    if (!json.ok) return problem(400, 'malformed-json', 'The body is not valid JSON.');
    const validated = behaviour.validateNewRefund(json.value);
    if (!validated.ok) return validationProblem(behaviour.reportedErrors(validated.errors));
    const {tenant} = auth.principal;
    const idempotency = typeof key === 'string' && key !== '' ? {scope: behaviour.idempotencyScope(tenant), key, requestHash: behaviour.requestHash(validated.refund)} : null;
    const outcome = await behaviour.createRefund(db, tenant, validated.refund, idempotency);
    switch (outcome.kind) {
      case 'created':
        return {status: 201, headers: behaviour.createdHeaders(outcome.refund), body: outcome.refund};
      case 'replay': {
        const refund = JSON.parse(outcome.body) as {id: string};
        return {status: behaviour.replayStatus(outcome.status), headers: {'Content-Type': 'application/json', Location: `/refunds/${refund.id}`}, rawBody: outcome.body};
      }
      case 'key-reused-with-other-body':
        return problem(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different body.');
    }
  }

  async function getRefund(req: IncomingMessage, id: string): Promise<Reply> {
    const auth = authenticate(req, 'refunds:read');
    if (!auth.ok) return auth.reply;
    const refund = behaviour.isRefundId(id) ? await behaviour.getRefund(db, auth.principal.tenant, id) : null;
    return refund ? {status: 200, body: behaviour.refundBody(refund)} : problem(404, 'not-found', 'No such refund.');
  }

  async function cancelRefund(req: IncomingMessage, id: string): Promise<Reply> {
    const auth = authenticate(req, 'refunds:write');
    if (!auth.ok) return auth.reply;
    const outcome = behaviour.isRefundId(id) ? await behaviour.cancelRefund(db, auth.principal.tenant, id) : {kind: 'not-found' as const};
    switch (outcome.kind) {
      case 'cancelled':
        return {status: 200, body: outcome.refund};
      case 'already-cancelled':
        return behaviour.alreadyCancelledStatus === 409
          ? problem(409, 'already-cancelled', 'The refund is already cancelled.')
          : {status: behaviour.alreadyCancelledStatus, body: outcome.refund};
      case 'not-found':
        return problem(404, 'not-found', 'No such refund.');
    }
  }

  async function listRefunds(req: IncomingMessage, url: URL): Promise<Reply> {
    const auth = authenticate(req, 'refunds:read');
    if (!auth.ok) return auth.reply;
    const limit = behaviour.parseLimit(url.searchParams.get('limit'));
    if (limit === null) return validationProblem([{field: 'limit', message: 'must be an integer from 1 to 100'}]);
    const page = await behaviour.listRefunds(db, {
      tenant: auth.principal.tenant,
      limit,
      paymentId: url.searchParams.get('paymentId'),
      cursor: url.searchParams.get('cursor'),
    });
    return page ? {status: 200, body: page} : validationProblem([{field: 'cursor', message: 'is not a cursor this service issued'}]);
  }

  async function route(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const only = (allowed: string, handle: () => Promise<Reply> | Reply): Promise<Reply> | Reply =>
      method === allowed ? handle() : problem(405, 'method-not-allowed', `Use ${allowed}.`, {}, {Allow: allowed});

    if (path === '/openapi.json' && behaviour.publishesOpenApi) return only('GET', () => ({status: 200, body: OPENAPI_DOCUMENT}));
    if (path === '/health/live' && behaviour.servesLiveness) return only('GET', () => ({status: 200, body: {status: 'live'}}));
    if (path === '/health/ready') {
      return only('GET', async () => {
        const status = await behaviour.readinessStatus(db);
        return status === 200 ? {status, body: {status: 'ready'}} : problem(status, 'not-ready', 'The database does not answer.');
      });
    }
    if (path === '/refunds') {
      if (method === 'POST') return createRefund(req);
      return only('GET', () => listRefunds(req, url));
    }
    const cancel = /^\/refunds\/([^/]+)\/cancel$/.exec(path);
    if (cancel) return only('POST', () => cancelRefund(req, pathSegment(cancel[1]!)));
    const one = /^\/refunds\/([^/]+)$/.exec(path);
    if (one) return only('GET', () => getRefund(req, pathSegment(one[1]!)));
    return problem(404, 'not-found', `No route for ${path}.`);
  }

  return (req, res) => {
    const sent = req.headers['x-request-id'];
    const requestId = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    const send = (reply: Reply) => {
      const body = reply.rawBody ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
      res.writeHead(reply.status, {'Content-Type': 'application/json', ...reply.headers, ...behaviour.requestIdHeaders(requestId)});
      res.end(body);
    };
    route(req)
      .then(send)
      .catch((error: unknown) => {
        if (error instanceof PayloadTooLarge) return send(problem(413, 'too-large', `Send at most ${MAX_BODY_BYTES} bytes.`));
        logError(requestId, error);
        send(problem(500, 'internal', 'Something went wrong; the request id identifies it in the logs.'));
      })
      .catch(() => res.destroy());
  };
}
