/**
 * The progress file: the site's own export format, so the progress page imports it with its usual
 * validation and merge rules. An existing file is merged, never overwritten with fewer ticks.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {emptyProgress, mergeProgress, parseImportFile, serializeForExport, type ProgressRecord} from '../../src/lib/progress';
import type {RunResult} from './results';

export const DEFAULT_PROGRESS_FILE = 'latam-backend-path-capstone-progress.json';

export function writeProgressFile(path: string, result: RunResult, now: string): void {
  const ticks = Object.fromEntries(result.stages.filter((stage) => stage.status === 'passed').map((stage) => [stage.stage.checklistId, now]));
  let record: ProgressRecord = {...emptyProgress(), ticks};
  if (existsSync(path)) {
    const previous = parseImportFile(readFileSync(path, 'utf8'), now);
    if (!previous.ok) throw new Error(`${path} exists and is not a progress file (${previous.problem.code}); choose another path with --progress`);
    record = mergeProgress(previous.record, record);
  }
  writeFileSync(path, serializeForExport(record, now));
}
