/**
 * The checker against the reference service and against broken variants of it: it must pass correct
 * code every time, catch every fault with exactly the check that covers it, and fail cleanly on bad
 * input. Services run in this process on 127.0.0.1 with one in-memory PGlite; the restart checks
 * start the real service with --start on a temporary data directory.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {PGlite} from '@electric-sql/pglite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseImportFile} from '../../src/lib/progress';
import {createHandler} from '../reference/app';
import {CORRECT} from '../reference/behaviour';
import {FAULTS, behaviourFor, type FaultName} from '../reference/faults';
import {openDatabase} from '../reference/store';
import {startService} from '../reference/server';
import {CHECK_IDS, STAGES, type CheckId} from './catalog';
import {CHECK_RUNNERS} from './checks';
import {HttpClient} from './http';
import {Rng} from './prng';
import {freePort, runCli, serve, STACK_TRACE, type Served} from './testing';
import {CheckFailure} from './assert';

type JsonRun = {status: string; seed: string; checks: {id: CheckId; status: string; code?: string; message: string; lesson: string}[]; stages: {slug: string; status: string}[]};

const FAST = {connectWaitMs: 2_000, requestTimeoutMs: 5_000};
const REFERENCE_COMMAND = 'node --import tsx capstone/reference/server.ts';

let db: PGlite;
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'capstone-test-'));
  tempDirs.push(dir);
  return dir;
};

beforeAll(async () => {
  db = await openDatabase();
});

afterAll(async () => {
  await db?.close();
  for (const dir of tempDirs) rmSync(dir, {recursive: true, force: true});
});

async function withReference<T>(fault: string | undefined, use: (served: Served) => Promise<T>): Promise<T> {
  const served = await serve(createHandler(db, behaviourFor(fault), () => {}));
  try {
    return await use(served);
  } finally {
    await served.close();
  }
}

async function jsonRun(url: string, extra: string[] = []): Promise<JsonRun & {code: number; err: string}> {
  const run = await runCli([url, '--json', '--no-progress', ...extra], FAST);
  expect(run.err).not.toMatch(STACK_TRACE);
  return {...(JSON.parse(run.out) as JsonRun), code: run.code, err: run.err};
}

const idsWith = (run: JsonRun, status: string) => run.checks.filter((check) => check.status === status).map((check) => check.id);

describe('against the reference service', () => {
  it('passes every check, and passes again when rerun with the same seed against the same database', async () => {
    await withReference(undefined, async ({url}) => {
      const first = await jsonRun(url, ['--seed', 'rerun-me']);
      expect(first.code).toBe(0);
      expect(idsWith(first, 'pass')).toEqual(CHECK_IDS.filter((id) => id !== 'operations.restart-keeps-refunds'));
      expect(idsWith(first, 'skipped')).toEqual(['operations.restart-keeps-refunds']);
      expect(first.stages.map((stage) => stage.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed-with-skips']);
      const again = await jsonRun(url, ['--seed', 'rerun-me']);
      expect(again.code).toBe(0);
      expect(idsWith(again, 'fail')).toEqual([]);
    });
  });

  it('passes the restart check too when it starts the service itself (--start), and writes the progress and JUnit files', async () => {
    const dir = tempDir();
    const port = await freePort();
    const run = await runCli(
      [`http://127.0.0.1:${port}`, '--start', `DATA_DIR=${join(dir, 'data')} ${REFERENCE_COMMAND}`, '--progress', join(dir, 'progress.json'), '--junit', join(dir, 'junit.xml')],
      FAST,
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/PASS\s+operations\.restart-keeps-refunds/);
    expect(run.out).toContain('Passed: 26, failed: 0, could not run: 0, skipped: 0');
    const progress = parseImportFile(readFileSync(join(dir, 'progress.json'), 'utf8'), new Date().toISOString());
    expect(progress.ok && Object.keys(progress.record.ticks)).toEqual(STAGES.map((stage) => stage.checklistId));
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(26);
    expect(junit).not.toMatch(/<failure|<error|<skipped/);
  });

  it('stops at --stage N and does not tick later stages', async () => {
    await withReference(undefined, async ({url}) => {
      const run = await jsonRun(url, ['--stage', '2']);
      expect(run.code).toBe(0);
      expect(run.stages.map((stage) => stage.status)).toEqual(['passed', 'passed', 'not-run', 'not-run', 'not-run']);
      expect(run.checks.map((check) => check.id)).toEqual(CHECK_IDS.filter((id) => id.startsWith('contract.') || id.startsWith('data.')));
    });
  });
});

describe('against broken variants of the reference (CAPSTONE_FAULT)', () => {
  const inProcess = (Object.keys(FAULTS) as FaultName[]).filter((name) => name !== 'memory-store');

  it.each(inProcess.map((name) => [name, FAULTS[name].breaks.join(', '), FAULTS[name].breaks] as const))('%s fails exactly %s', async (name, _names, breaks) => {
    await withReference(name, async ({url}) => {
      const run = await jsonRun(url, ['--seed', `fault-${name}`]);
      expect(run.code).toBe(1);
      expect(idsWith(run, 'fail')).toEqual(breaks);
      expect(idsWith(run, 'error')).toEqual([]);
    });
  });

  it('memory-store fails exactly operations.restart-keeps-refunds (restarted in process on its data directory)', async () => {
    const options = {port: 0, dataDir: join(tempDir(), 'data'), fault: 'memory-store'};
    let service = await startService(options);
    const restart = async () => {
      await service.close();
      service = await startService({...options, port: service.port});
    };
    try {
      const run = await runCli([`http://127.0.0.1:${service.port}`, '--json', '--no-progress'], {...FAST, restart});
      const result = JSON.parse(run.out) as JsonRun;
      expect(run.code).toBe(1);
      expect(idsWith(result, 'fail')).toEqual(FAULTS['memory-store'].breaks);
    } finally {
      await service.close();
    }
  });

  it('every check is covered by at least one fault, and every fault names known checks', () => {
    const covered = new Set(Object.values(FAULTS).flatMap((fault) => fault.breaks));
    expect(CHECK_IDS.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !(CHECK_IDS as string[]).includes(id))).toEqual([]);
  });
});

describe('against a server that answers 200 {} to everything', () => {
  it('fails every check except liveness and readiness (where 200 is right)', async () => {
    const served = await serve((_req, res) => {
      res.writeHead(200, {'Content-Type': 'application/json'});
      res.end('{}');
    });
    try {
      const passed: CheckId[] = [];
      for (const id of CHECK_IDS) {
        const ctx = {http: new HttpClient(new URL(served.url), 2_000, 400), rng: new Rng(id), restart: async () => {}};
        try {
          await CHECK_RUNNERS[id](ctx);
          passed.push(id);
        } catch (error) {
          expect(error).toBeInstanceOf(CheckFailure);
        }
      }
      expect(passed).toEqual(['operations.liveness', 'operations.readiness']);
      const run = await jsonRun(served.url);
      expect(run.code).toBe(1);
      expect(idsWith(run, 'fail')).toEqual(CHECK_IDS.filter((id) => id.startsWith('contract.')));
    } finally {
      await served.close();
    }
  });
});

describe('bad input and broken services', () => {
  it('an unreachable URL: exit 2 and a clear message', async () => {
    const port = await freePort();
    const run = await runCli([`http://127.0.0.1:${port}`, '--no-progress'], {connectWaitMs: 300});
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Nothing answers at http://127.0.0.1:${port}/ (connection refused).`);
    expect(run.err).toContain('Is the service running?');
    expect(run.err + run.out).not.toMatch(STACK_TRACE);
  });

  it.each([
    [['not a url'], '"not a url" is not an http:// or https:// URL'],
    [['ftp://example.com'], 'is not an http:// or https:// URL'],
    [['http://localhost:8080', '--frobnicate'], 'Unknown option --frobnicate.'],
    [['http://localhost:8080', '--stage', '9'], 'The option --stage does not accept "9"'],
    [['http://localhost:8080', '--lang', 'fr'], 'The option --lang does not accept "fr"'],
    [['http://localhost:8080', '--seed'], 'The option --seed needs a value.'],
    [[], 'Give the base URL of your service'],
  ])('usage error %j: exit 64', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(64);
    expect(run.err).toContain(message);
    expect(run.err).toContain('Run with --help');
    expect(run.err).not.toMatch(STACK_TRACE);
  });

  it('--start with a command that exits: exit 2, its exit code and the last lines it wrote', async () => {
    const port = await freePort();
    const run = await runCli([`http://127.0.0.1:${port}`, '--no-progress', '--start', `node -e "console.error('cannot open the database'); process.exit(3)"`]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Your service exited (code 3) before it was ready.');
    expect(run.err).toContain('  cannot open the database');
    expect(run.err).not.toMatch(STACK_TRACE);
  });

  it('--start while something already answers at the URL: exit 2 before starting anything', async () => {
    await withReference(undefined, async ({url}) => {
      const run = await runCli([url, '--no-progress', '--start', 'node -e "process.exit(0)"']);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`Something already answers at ${url}/; with --start the checker starts the service itself.`);
    });
  });

  it('--help prints the options in the chosen language and exits 0', async () => {
    const run = await runCli(['--help', '--lang', 'es']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Uso: node check.mjs <url-base>');
  });

  it('a body that is not JSON: the check fails (exit 1) naming it, with a hint and the curl to rerun', async () => {
    const served = await serve((_req, res) => {
      res.writeHead(200, {'Content-Type': 'text/html'});
      res.end('<html>a dev server</html>');
    });
    try {
      const run = await runCli([served.url, '--no-progress', '--stage', '1'], FAST);
      expect(run.code).toBe(1);
      expect(run.out).toContain('[body-not-json]');
      expect(run.out).toContain('The body of GET /openapi.json is not JSON.');
      expect(run.out).toContain(`curl -i '${served.url}/openapi.json'`);
      expect(run.out).toContain('Another program may answer on this port');
      expect(run.out + run.err).not.toMatch(STACK_TRACE);
    } finally {
      await served.close();
    }
  });

  it('an endpoint that never answers: exit 2 and a timeout message', async () => {
    const served = await serve(() => {});
    try {
      const run = await runCli([served.url, '--no-progress'], {requestTimeoutMs: 300});
      expect(run.code).toBe(2);
      expect(run.err).toContain('GET /openapi.json got no answer within 0.3 s.');
      expect(run.err + run.out).not.toMatch(STACK_TRACE);
    } finally {
      await served.close();
    }
  });

  it('a stage that runs out of time says so and stops the run (exit 2)', async () => {
    const handler = createHandler(db, CORRECT, () => {});
    const served = await serve((req, res) => {
      if (req.url?.endsWith('/cancel')) return; // hangs
      handler(req, res);
    });
    try {
      // The checks before the cancel check take a fraction of a second; 3 s leaves room on a busy machine.
      const timed = await runCli([served.url, '--json', '--no-progress'], {requestTimeoutMs: 10_000, stageTimeoutMs: 3_000});
      const result = JSON.parse(timed.out) as JsonRun;
      expect(timed.code).toBe(2);
      expect(result.status).toBe('error');
      const cancel = result.checks.find((check) => check.id === 'contract.cancel-refund')!;
      expect(cancel.status).toBe('error');
      expect(cancel.message).toBe('Stage 1 (contract) ran out of its 3 s time limit.');
      expect(idsWith(result, 'error')).toEqual(['contract.cancel-refund']);
      expect(result.stages.map((stage) => stage.status)).toEqual(['error', 'not-run', 'not-run', 'not-run', 'not-run']);
    } finally {
      await served.close();
    }
  });

  it('a failure prints the stable code, the translated message, expected against received and the lesson link', async () => {
    await withReference('second-cancel-200', async ({url}) => {
      const run = await runCli([url, '--no-progress', '--lang', 'pt-BR'], FAST);
      expect(run.code).toBe(1);
      expect(run.out).toContain('FALHA  contract.cancel-refund  [unexpected-status]');
      expect(run.out).toMatch(/POST \/refunds\/[0-9a-f-]+\/cancel respondeu 200; era esperado 409\./);
      expect(run.out).toContain('Esperado status: 409');
      expect(run.out).toContain('recebido status: 200');
      expect(run.out).toMatch(/curl -i -X POST 'http:\/\/127\.0\.0\.1:\d+\/refunds\/[0-9a-f-]+\/cancel' -H 'Authorization: Bearer test-a-writer'/);
      expect(run.out).toContain('Leia: https://latam-backend-path.github.io/docs/next/the-role/api-design/#errors-that-clients-can-handle-rfc-9457');
      expect(run.out).toContain('A etapa 1 não passou');
    });
  });
});
