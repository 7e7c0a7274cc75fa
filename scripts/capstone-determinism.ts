/**
 * `npm run capstone:determinism [-- --runs N]`: the checker against the reference service N times
 * (default 50) with a different seed each time, restart check included (in process, on one data
 * directory). Every run must give the same verdict for every check; exits 1 naming the first
 * difference. Not part of CI: it takes about a minute.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {DEFAULTS, check, type Io} from '../capstone/checker/run';
import {startService, type RunningService} from '../capstone/reference/server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 50;
  const dataDir = mkdtempSync(join(tmpdir(), 'capstone-determinism-'));
  let service: RunningService = await startService({port: 0, dataDir});
  const port = service.port;
  const restart = async () => {
    await service.close();
    service = await startService({port, dataDir});
  };
  const quiet: Io = {out: () => {}, err: (text) => console.error(text), env: process.env, cwd: process.cwd()};
  const verdicts: string[] = [];
  const seconds: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const seed = `determinism-${i}-${Math.random().toString(16).slice(2, 10)}`;
      const started = performance.now();
      const result = await check(
        {...DEFAULTS, baseUrl: new URL(`http://127.0.0.1:${port}`), stage: 5, seed, start: null, json: false, junit: null, progress: null, lang: 'en', restart},
        quiet,
      );
      seconds.push((performance.now() - started) / 1000);
      const verdict = `${result.status}: ${result.checks.map((c) => `${c.id}=${c.status}${c.code ? `(${c.code})` : ''}`).join(' ')}`;
      verdicts.push(verdict);
      if (verdict !== verdicts[0]) {
        console.error(`run ${i + 1} (seed ${seed}) differs from run 1:\n  run 1: ${verdicts[0]}\n  run ${i + 1}: ${verdict}`);
        process.exitCode = 1;
        return;
      }
      console.log(`run ${i + 1}/${runs}: ${result.status} (${seconds[i]!.toFixed(2)} s)`);
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    console.log(`${runs} runs, ${runs} identical verdicts: ${verdicts[0]!.split(':')[0]}. Run time: median ${sorted[Math.floor(runs / 2)]!.toFixed(2)} s, slowest ${sorted[runs - 1]!.toFixed(2)} s.`);
    if (!verdicts[0]!.startsWith('passed')) process.exitCode = 1;
  } finally {
    await service.close();
    rmSync(dataDir, {recursive: true, force: true});
  }
}

void main();
