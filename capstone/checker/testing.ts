/** Helpers for the checker's own tests: in-process services on free ports and a captured CLI run. */
import {createServer, type RequestListener} from 'node:http';
import type {AddressInfo} from 'node:net';
import {main} from './cli';
import type {RunOptions} from './run';

export type Served = {url: string; port: number; close: () => Promise<void>};

export async function serve(listener: RequestListener): Promise<Served> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on (it was free a moment ago). */
export async function freePort(): Promise<number> {
  const served = await serve(() => {});
  await served.close();
  return served.port;
}

export type CliRun = {code: number; out: string; err: string};

export async function runCli(argv: string[], overrides: Partial<RunOptions> = {}, cwd = process.cwd()): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {out: (text) => out.push(text), err: (text) => err.push(text), env: {...process.env, LANG: 'en_US.UTF-8', LC_ALL: ''}, cwd}, overrides);
  return {code, out: out.join('\n'), err: err.join('\n')};
}

/** What a stack trace looks like: "    at fn (file.ts:12:3)". */
export const STACK_TRACE = /^\s+at .*:\d+:\d+\)?$/m;
