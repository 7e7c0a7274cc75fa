/**
 * One run of the checker: reach the service (retrying only the first connection), run the stages in
 * order with a time limit each, stop after the first stage that does not pass, and report.
 */
import {randomBytes} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {CheckFailure} from './assert';
import {CHECK_IDS, STAGES, stageOf, type CheckId} from './catalog';
import {CHECK_RUNNERS, type CheckContext} from './checks';
import {HttpClient, TransportError, describeRequest, type Exchange} from './http';
import {translate, type Lang, type MessageKey, type Params} from './messages';
import {Rng} from './prng';
import {DEFAULT_PROGRESS_FILE, writeProgressFile} from './progress-file';
import {progressPageLink} from './lessons';
import {checkLine, jsonReport, junitReport, summaryLines} from './report';
import {EXIT, type CheckResult, type RunResult, type StageResult} from './results';
import {STOP_GRACE_MS, ServiceProcess} from './service';

export type RunOptions = {
  baseUrl: URL;
  /** Run stages 1..stage. */
  stage: number;
  seed: string;
  start: string | null;
  json: boolean;
  junit: string | null;
  /** null: no progress file. */
  progress: string | null;
  lang: Lang;
  requestTimeoutMs: number;
  stageTimeoutMs: number;
  /** How long the first connection is retried while it is refused. */
  connectWaitMs: number;
  /** How long a service started with --start has to become ready. */
  readyWaitMs: number;
  maxRequests: number;
  /** Tests restart an in-process service through this instead of --start. */
  restart?: () => Promise<void>;
};

export type Io = {out: (text: string) => void; err: (text: string) => void; env: Record<string, string | undefined>; cwd: string};

export const DEFAULTS = {
  requestTimeoutMs: 5_000,
  stageTimeoutMs: 60_000,
  connectWaitMs: 10_000,
  readyWaitMs: 60_000,
  maxRequests: 400,
  progress: DEFAULT_PROGRESS_FILE,
};

export const newSeed = () => randomBytes(4).toString('hex');

class RunProblem extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: Params,
    readonly output?: string[],
  ) {
    super(code);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function transportProblem(error: TransportError, http: HttpClient): RunProblem {
  const request = error.request ? describeRequest(error.request) : '';
  switch (error.code) {
    case 'connection-refused':
      return new RunProblem('connection-refused', {url: http.baseUrl.href});
    case 'not-http':
      return new RunProblem('not-http', {url: http.baseUrl.href, reason: error.reason});
    case 'timeout':
      return new RunProblem('timeout', {request, seconds: http.requestTimeoutMs / 1000});
    case 'request-budget':
      return new RunProblem('request-budget', {max: http.maxRequests});
    default:
      return new RunProblem('unreachable', {url: http.baseUrl.href, reason: error.reason});
  }
}

/** Any HTTP answer at all means the service is up; only a refused connection is retried. */
async function waitForFirstAnswer(http: HttpClient, options: RunOptions, service: ServiceProcess | null): Promise<void> {
  const deadline = performance.now() + (service ? options.readyWaitMs : options.connectWaitMs);
  for (;;) {
    if (service?.exited) throw new RunProblem('service-exited', {code: String(service.exitCode)}, service.output);
    try {
      const exchange = await http.probe(service ? '/health/ready' : '/openapi.json');
      if (!service || exchange.response.status === 200) return;
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (error.code !== 'connection-refused' && !(service && (error.code === 'not-http' || error.code === 'unreachable'))) {
        throw transportProblem(error, http);
      }
    }
    if (performance.now() > deadline) {
      if (service) throw new RunProblem('service-not-ready', {seconds: options.readyWaitMs / 1000}, service.output);
      throw new RunProblem('connection-refused', {url: http.baseUrl.href});
    }
    await sleep(200);
  }
}

/** What a learner should look at first, from what came back. */
function hintFor(error: unknown, exchange: Exchange | undefined): {key: MessageKey; params: Params} | undefined {
  if (error instanceof TransportError) {
    if (error.code === 'connection-refused' || error.code === 'unreachable') return {key: 'hint.refused', params: {}};
    if (error.code === 'timeout' || error.code === 'stage-timeout') return {key: 'hint.timeout', params: {}};
    if (error.code === 'not-http') return {key: 'hint.not-json', params: {}};
    return undefined;
  }
  if (!(error instanceof CheckFailure)) return undefined;
  if (error.code === 'body-not-json') return {key: 'hint.not-json', params: {}};
  if (error.code === 'wrong-content-type') return {key: 'hint.content-type', params: {}};
  const status = exchange?.response.status;
  if (status === undefined) return undefined;
  if (status >= 500) return {key: 'hint.500', params: {requestId: exchange!.response.headers['x-request-id'] ?? '(no X-Request-Id)'}};
  if (status === 415) return {key: 'hint.415', params: {}};
  if (status === 401 && exchange!.request.headers.Authorization?.startsWith('Bearer test-')) return {key: 'hint.401', params: {}};
  if (status === 404 || status === 405) return {key: 'hint.404', params: {}};
  return undefined;
}

async function runCheck(id: CheckId, ctx: CheckContext, stageAborted: Promise<never>, limitSeconds: number): Promise<CheckResult> {
  const stage = stageOf(id);
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  try {
    const outcome = await Promise.race([CHECK_RUNNERS[id](ctx), stageAborted]);
    if (outcome === 'skipped') return {id, stage, status: 'skipped', code: 'skip.restart', params: {}, seconds: seconds()};
    return {id, stage, status: 'pass', seconds: seconds()};
  } catch (error) {
    if (error instanceof CheckFailure) {
      return {id, stage, status: 'fail', code: error.code, params: error.params, detail: error.detail, hint: hintFor(error, error.detail.exchange), seconds: seconds()};
    }
    if (error instanceof TransportError) {
      const problem = transportProblem(error, ctx.http);
      const code = error.code === 'stage-timeout' ? 'stage-timeout' : problem.code;
      const params = error.code === 'stage-timeout' ? {number: stage.number, slug: stage.slug, seconds: limitSeconds} : problem.params;
      const exchangeless = error.request ? {exchange: {request: error.request, response: {status: 0, headers: {}, text: ''}}} : {};
      return {id, stage, status: 'error', code, params, detail: exchangeless, hint: hintFor(error, undefined), seconds: seconds()};
    }
    return {id, stage, status: 'error', code: 'internal-error', params: {reason: error instanceof Error ? error.message : String(error)}, seconds: seconds()};
  }
}

/** Runs the checks and returns the results; prints progress as it goes unless `--json`. */
export async function check(options: RunOptions, io: Io): Promise<RunResult> {
  const started = performance.now();
  const t = (key: MessageKey, params: Params = {}) => translate(options.lang, key, params);
  const say = (text: string) => {
    if (!options.json) io.out(text);
  };
  const http = new HttpClient(options.baseUrl, options.requestTimeoutMs, options.maxRequests);
  const result: RunResult = {status: 'passed', seed: options.seed, url: options.baseUrl.href, stages: [], checks: [], seconds: 0, requests: 0};
  const port = options.baseUrl.port || (options.baseUrl.protocol === 'https:' ? '443' : '80');
  const service = options.start ? new ServiceProcess(options.start, {...io.env, PORT: port}) : null;

  // The service runs in its own process group, so Ctrl-C reaches only the checker: pass it on.
  const onSignal = (signal: NodeJS.Signals) => {
    service?.terminate();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (service) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  say(t('title'));
  say(t('checking', {url: options.baseUrl.href, seed: options.seed}));
  try {
    if (service) {
      const probe = await http.probe('/health/live').then(
        () => true,
        () => false,
      );
      if (probe) throw new RunProblem('already-running', {url: options.baseUrl.href});
      say(t('starting', {command: options.start!}));
      service.start();
    } else {
      say(t('waiting', {url: options.baseUrl.href}));
    }
    await waitForFirstAnswer(http, options, service);

    const restart =
      options.restart ??
      (service
        ? async () => {
            say(t('restarting'));
            await service.stop();
            service.start();
            await waitForFirstAnswer(http, options, service);
          }
        : null);

    let stopped = false;
    for (const stage of STAGES) {
      if (stage.number > options.stage || stopped) {
        result.stages.push({stage, status: 'not-run'});
        continue;
      }
      say(`\n${t('stage', {number: stage.number, slug: stage.slug})}`);
      const controller = new AbortController();
      let rejectStage: (error: TransportError) => void = () => {};
      const stageAborted = new Promise<never>((_, reject) => (rejectStage = reject));
      stageAborted.catch(() => {});
      // Stopping and starting the service is not the service's time: the restart stage gets that on top.
      const limitMs = options.stageTimeoutMs + (restart && stage.slug === 'operations' ? options.readyWaitMs + STOP_GRACE_MS : 0);
      const timedOut = () => new TransportError('stage-timeout', null, String(limitMs / 1000));
      const timer = setTimeout(() => {
        controller.abort();
        rejectStage(timedOut());
      }, limitMs);
      http.stageSignal = controller.signal;
      const checks: CheckResult[] = [];
      try {
        for (const id of CHECK_IDS.filter((checkId) => stageOf(checkId) === stage)) {
          const stageOver = Promise.reject(timedOut());
          stageOver.catch(() => {});
          const checkResult = await runCheck(id, {http, rng: new Rng(`${options.seed}:${id}`), restart}, controller.signal.aborted ? stageOver : stageAborted, limitMs / 1000);
          checks.push(checkResult);
          say(checkLine(options.lang, checkResult));
        }
      } finally {
        clearTimeout(timer);
        http.stageSignal = null;
      }
      result.checks.push(...checks);
      const status: StageResult['status'] = checks.some((c) => c.status === 'error')
        ? 'error'
        : checks.some((c) => c.status === 'fail')
          ? 'failed'
          : checks.some((c) => c.status === 'skipped')
            ? 'passed-with-skips'
            : 'passed';
      result.stages.push({stage, status});
      if (status === 'failed' || status === 'error') stopped = true;
    }
    result.status = result.checks.some((c) => c.status === 'error') ? 'error' : result.checks.some((c) => c.status === 'fail') ? 'failed' : 'passed';
  } catch (error) {
    if (!(error instanceof RunProblem) && !(error instanceof TransportError)) throw error;
    const problem = error instanceof TransportError ? transportProblem(error, http) : error;
    result.status = 'error';
    result.problem = {code: problem.code, params: problem.params, ...(problem.output ? {output: problem.output} : {})};
    for (const stage of STAGES) if (!result.stages.some((s) => s.stage === stage)) result.stages.push({stage, status: 'not-run'});
    const hint = problem.code === 'connection-refused' || problem.code === 'unreachable' ? `\n${t('label.hint')} ${t('hint.refused')}` : problem.code === 'timeout' ? `\n${t('label.hint')} ${t('hint.timeout')}` : '';
    const output = problem.output?.length ? `\n${t('label.service-output')}\n${problem.output.map((line) => `  ${line}`).join('\n')}` : '';
    if (!options.json) io.err(`${t(problem.code, problem.params)}${hint}${output}`);
  } finally {
    await service?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  result.seconds = Math.round(performance.now() - started) / 1000;
  result.requests = http.requests;

  if (options.json) io.out(jsonReport(options.lang, result));
  else say(`\n${(result.problem ? [t('verdict.error')] : summaryLines(options.lang, result)).join('\n')}`);
  const note = (text: string) => (options.json ? io.err(text) : io.out(text));
  if (options.junit) {
    const path = resolve(io.cwd, options.junit);
    writeFileSync(path, junitReport(options.lang, result));
    note(t('junit-written', {path}));
  }
  if (options.progress && result.checks.length > 0) {
    const path = resolve(io.cwd, options.progress);
    try {
      writeProgressFile(path, result, new Date().toISOString());
      note(t('progress-written', {path, url: progressPageLink()}));
    } catch (error) {
      io.err(t('progress-not-written', {path, reason: error instanceof Error ? error.message : String(error)}));
    }
  }
  return result;
}

export const exitCodeOf = (result: RunResult): number => EXIT[result.status];
