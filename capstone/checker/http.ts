/**
 * The checker's only way out: HTTP requests to the URL under test, each with a timeout, counted
 * against a budget, recorded so that a failure can show a copy-pasteable curl and what came back.
 */
export type SentRequest = {method: string; url: string; headers: Record<string, string>; body?: string};
export type Received = {status: number; headers: Record<string, string>; text: string};
export type Exchange = {request: SentRequest; response: Received};

export type TransportCode = 'connection-refused' | 'unreachable' | 'not-http' | 'timeout' | 'stage-timeout' | 'request-budget';

/** The service could not be asked: the run cannot say whether it is right (exit code 2). */
export class TransportError extends Error {
  constructor(
    readonly code: TransportCode,
    readonly request: SentRequest | null,
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`);
  }
}

export type RequestOptions = {token?: string; headers?: Record<string, string>; json?: unknown; body?: string};

export const describeRequest = (request: SentRequest) => `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`;

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A curl command that sends the same request (curl's `-H 'Name;'` sends an empty header). */
export function toCurl(request: SentRequest): string {
  const parts = ['curl -i'];
  if (request.method !== 'GET') parts.push(`-X ${request.method}`);
  parts.push(shellQuote(request.url));
  for (const [name, value] of Object.entries(request.headers)) parts.push(`-H ${shellQuote(value === '' ? `${name};` : `${name}: ${value}`)}`);
  if (request.body !== undefined) parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' ');
}

function transportCode(error: unknown): {code: TransportCode; reason: string} {
  const cause = (error as {cause?: {code?: string; message?: string}}).cause;
  const code = cause?.code ?? '';
  const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (code === 'ECONNREFUSED') return {code: 'connection-refused', reason};
  if (code.startsWith('HPE_') || code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    return {code: 'not-http', reason: code ? `${code}: ${reason}` : reason};
  }
  return {code: 'unreachable', reason: code ? `${code}: ${reason}` : reason};
}

export class HttpClient {
  requests = 0;
  /** Aborts everything in flight when the current stage runs out of time. */
  stageSignal: AbortSignal | null = null;

  constructor(
    readonly baseUrl: URL,
    readonly requestTimeoutMs: number,
    readonly maxRequests: number,
  ) {}

  /** The base URL joined with a path: a base of http://host/api keeps its /api. */
  urlFor(path: string): string {
    const base = this.baseUrl.href.replace(/\/+$/, '');
    return `${base}${path}`;
  }

  /** A request that is not counted against the budget: waiting for the service to answer. */
  async probe(path: string): Promise<Exchange> {
    this.requests--;
    try {
      return await this.request('GET', path);
    } finally {
      this.requests++;
    }
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Exchange> {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    }
    Object.assign(headers, options.headers);
    const request: SentRequest = {method, url: this.urlFor(path), headers, ...(body === undefined ? {} : {body})};
    if (this.stageSignal?.aborted) throw new TransportError('stage-timeout', request, 'stage');
    if (this.requests >= this.maxRequests) throw new TransportError('request-budget', request, String(this.maxRequests));
    this.requests++;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.requestTimeoutMs);
    const stage = this.stageSignal;
    const onStageAbort = () => controller.abort();
    stage?.addEventListener('abort', onStageAbort);
    try {
      const response = await fetch(request.url, {method, headers, body, redirect: 'manual', signal: controller.signal});
      const text = await response.text();
      const received: Record<string, string> = {};
      response.headers.forEach((value, name) => (received[name] = value));
      return {request, response: {status: response.status, headers: received, text}};
    } catch (error) {
      if (stage?.aborted) throw new TransportError('stage-timeout', request, 'stage');
      if (controller.signal.aborted) throw new TransportError('timeout', request, String(this.requestTimeoutMs / 1000));
      const {code, reason} = transportCode(error);
      throw new TransportError(code, request, reason);
    } finally {
      clearTimeout(timer);
      stage?.removeEventListener('abort', onStageAbort);
    }
  }
}
