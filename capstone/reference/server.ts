/**
 * `npm run capstone:reference`: the reference refunds service.
 * PORT (default 8080), DATA_DIR (default .capstone-data), CAPSTONE_FAULT (checker tests only).
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {PGlite} from '@electric-sql/pglite';
import {createHandler} from './app';
import {behaviourFor} from './faults';
import {openDatabase} from './store';

export type RunningService = {server: Server; db: PGlite; port: number; close: () => Promise<void>};

/** Opens the database and listens on 127.0.0.1; port 0 picks a free one. */
export async function startService(options: {port: number; dataDir: string | undefined; fault?: string}): Promise<RunningService> {
  const behaviour = behaviourFor(options.fault);
  const db = await openDatabase(behaviour.dataDir(options.dataDir));
  const server = createServer(createHandler(db, behaviour));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  let closing: Promise<void> | null = null;
  /** Stops accepting, lets requests in flight finish, then closes PGlite so every write is on disk. */
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.close();
    })());
  return {server, db, port: (server.address() as AddressInfo).port, close};
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const dataDir = process.env.DATA_DIR || '.capstone-data';
  const fault = process.env.CAPSTONE_FAULT;
  const service = await startService({port, dataDir, fault});
  console.log(`refunds reference listening on http://127.0.0.1:${service.port} (data in ${dataDir}${fault ? `, fault ${fault}` : ''})`);
  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    const force = setTimeout(() => service.server.closeAllConnections(), 5_000);
    force.unref();
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('could not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(`refunds reference: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
