import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseImportFile} from '../../src/lib/progress';
import {STAGES} from './catalog';
import {writeProgressFile} from './progress-file';
import type {RunResult, StageResult} from './results';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'capstone-progress-'));
  dirs.push(dir);
  return join(dir, 'progress.json');
};

const run = (statuses: StageResult['status'][]): RunResult => ({
  status: 'failed',
  seed: 's',
  url: 'http://localhost:8080/',
  stages: STAGES.map((stage, i) => ({stage, status: statuses[i] ?? 'not-run'})),
  checks: [],
  seconds: 1,
  requests: 1,
});

describe('writeProgressFile', () => {
  it("ticks only the stages that passed without a skip, in the site's import format", () => {
    const path = tempFile();
    writeProgressFile(path, run(['passed', 'passed', 'failed', 'not-run', 'not-run']), '2026-12-06T12:00:00.000Z');
    const parsed = parseImportFile(readFileSync(path, 'utf8'), '2026-12-06T12:00:00.000Z');
    expect(parsed.ok && parsed.record.ticks).toEqual({'capstone-contract-checked': '2026-12-06T12:00:00.000Z', 'capstone-data-checked': '2026-12-06T12:00:00.000Z'});
    writeProgressFile(path, run(['passed', 'passed', 'passed', 'passed', 'passed-with-skips']), '2026-12-07T12:00:00.000Z');
    const again = parseImportFile(readFileSync(path, 'utf8'), '2026-12-07T12:00:00.000Z');
    // Merged: earlier ticks keep their time, nothing is lost, a stage with a skip ticks nothing.
    expect(again.ok && again.record.ticks).toEqual({
      'capstone-contract-checked': '2026-12-06T12:00:00.000Z',
      'capstone-data-checked': '2026-12-06T12:00:00.000Z',
      'capstone-idempotency-checked': '2026-12-07T12:00:00.000Z',
      'capstone-security-checked': '2026-12-07T12:00:00.000Z',
    });
  });

  it('leaves a file that is not a progress export alone', () => {
    const path = tempFile();
    writeFileSync(path, '{"format": "something-else"}');
    expect(() => writeProgressFile(path, run(['passed']), '2026-12-06T12:00:00.000Z')).toThrow(/is not a progress file \(other-format\)/);
    expect(readFileSync(path, 'utf8')).toBe('{"format": "something-else"}');
  });
});
