/**
 * The capstone rows of `npm run bench`: how long a full checker run takes against the reference
 * service (restart check included, as a learner runs it with --start), and the size of the checker
 * file the site serves.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {CHECKER_PATH} from '../../plugins/capstone-checker';
import {freePort} from '../../capstone/checker/testing';

export type CapstoneFigures = {checkSeconds: number; checkerKb: number};

/** Runs build/capstone/check.mjs with --start against the reference on a fresh data directory. */
export async function capstoneFigures(root: string): Promise<CapstoneFigures> {
  const checker = join(root, 'build', CHECKER_PATH);
  if (!existsSync(checker)) throw new Error(`${checker} is missing: build the site first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'capstone-bench-'));
  const port = await freePort();
  const started = performance.now();
  try {
    const status = await new Promise<number | null>((resolve) => {
      const run = spawn(process.execPath, [checker, `http://127.0.0.1:${port}`, '--no-progress', '--start', `DATA_DIR=${dataDir} node --import tsx capstone/reference/server.ts`], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      run.on('close', resolve);
    });
    if (status !== 0) throw new Error(`the checker did not pass the reference (exit ${status})`);
  } finally {
    rmSync(dataDir, {recursive: true, force: true});
  }
  return {checkSeconds: Math.round((performance.now() - started) / 100) / 10, checkerKb: Math.round((statSync(checker).size / 1024) * 10) / 10};
}
