/**
 * Reads the capstone checker's `--json` report (capstone/checker/report.ts writes it) so that a teacher's
 * browser can place it in the cohort view. Only what the cohort view shows is kept: the run's status, its
 * seed, each stage's status and each check's id and status. Messages and failure details are dropped: the
 * learner's terminal shows them, and the page never needs to render text that came from a file.
 */
import {MAX_IMPORT_BYTES, parseJsonSafely, type ParseProblem} from './progress';

/**
 * The capstone's stages in order, with their page (docs/08-capstone) and the checklist item a passed stage ticks (capstone/checker/catalog.ts
 * is the home of this list; it is repeated here until the checker's catalog can be imported by the site).
 */
export const CAPSTONE_STAGES = [
  {slug: 'contract', page: 'contract-and-validation', checklistId: 'capstone-contract-checked'},
  {slug: 'data', page: 'data-and-pagination', checklistId: 'capstone-data-checked'},
  {slug: 'idempotency', page: 'idempotency', checklistId: 'capstone-idempotency-checked'},
  {slug: 'security', page: 'security', checklistId: 'capstone-security-checked'},
  {slug: 'operations', page: 'reliability-and-operations', checklistId: 'capstone-operations-checked'},
] as const;

export type CapstoneStageSlug = (typeof CAPSTONE_STAGES)[number]['slug'];
export type StageStatus = 'passed' | 'passed-with-skips' | 'failed' | 'error' | 'not-run';
export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';
export type RunStatus = 'passed' | 'failed' | 'error';

export const STAGE_STATUSES: readonly StageStatus[] = ['passed', 'passed-with-skips', 'failed', 'error', 'not-run'];
const CHECK_STATUSES: readonly CheckStatus[] = ['pass', 'fail', 'error', 'skipped'];
const RUN_STATUSES: readonly RunStatus[] = ['passed', 'failed', 'error'];
const MAX_CHECKS = 200;

export type CheckerReport = {
  status: RunStatus;
  seed: string;
  stages: Record<CapstoneStageSlug, StageStatus>;
  checks: {id: string; stage: CapstoneStageSlug; status: CheckStatus}[];
  /** The edition whose capstone pages the report links to (`next`, `2027`…), or null when it links none. */
  edition: string | null;
};

export type ReportProblem =
  | ParseProblem
  | {code: 'report-not-an-object'}
  | {code: 'report-bad-field'; field: string};

export type ReportResult = {ok: true; report: CheckerReport} | {ok: false; problem: ReportProblem};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStageSlug = (value: unknown): value is CapstoneStageSlug => CAPSTONE_STAGES.some((stage) => stage.slug === value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
/** Check ids are stable English codes such as `contract.create-refund`. */
const CHECK_ID = /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `…/docs/next/capstone/idempotency/` → `next`; `…/docs/capstone/…` (the latest edition) → `latest`. */
export function editionOfPage(page: unknown): string | null {
  if (typeof page !== 'string') return null;
  const match = /\/docs\/(?:([a-z0-9.-]+)\/)?capstone\//.exec(page);
  if (!match) return null;
  return match[1] ?? 'latest';
}

/** Does this JSON value look like a checker report (rather than a progress file)? */
export const looksLikeCheckerReport = (value: unknown): boolean =>
  isPlainObject(value) && Array.isArray(value.stages) && Array.isArray(value.checks);

export function readCheckerReport(value: unknown): ReportResult {
  const bad = (field: string): ReportResult => ({ok: false, problem: {code: 'report-bad-field', field}});
  if (!isPlainObject(value)) return {ok: false, problem: {code: 'report-not-an-object'}};
  if (!oneOf(RUN_STATUSES, value.status)) return bad('status');
  if (typeof value.seed !== 'string' || value.seed.length > 200) return bad('seed');
  if (!Array.isArray(value.stages)) return bad('stages');
  if (!Array.isArray(value.checks) || value.checks.length > MAX_CHECKS) return bad('checks');
  const stages = Object.fromEntries(CAPSTONE_STAGES.map(({slug}) => [slug, 'not-run'])) as Record<CapstoneStageSlug, StageStatus>;
  let edition: string | null = null;
  for (const [index, stage] of value.stages.entries()) {
    if (!isPlainObject(stage) || !isStageSlug(stage.slug)) return bad(`stages[${index}].slug`);
    if (!oneOf(STAGE_STATUSES, stage.status)) return bad(`stages[${index}].status`);
    stages[stage.slug] = stage.status;
    edition ??= editionOfPage(stage.page);
  }
  const checks: CheckerReport['checks'] = [];
  for (const [index, check] of value.checks.entries()) {
    if (!isPlainObject(check) || typeof check.id !== 'string' || !CHECK_ID.test(check.id) || check.id.length > 100) {
      return bad(`checks[${index}].id`);
    }
    if (!isStageSlug(check.stage)) return bad(`checks[${index}].stage`);
    if (!oneOf(CHECK_STATUSES, check.status)) return bad(`checks[${index}].status`);
    checks.push({id: check.id, stage: check.stage, status: check.status});
  }
  return {ok: true, report: {status: value.status, seed: value.seed, stages, checks, edition}};
}

/** Validates a report file a teacher dropped: size, JSON without prototype keys, then the report's shape. */
export function parseCheckerReportFile(text: string): ReportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return {ok: false, problem: {code: 'too-large', kilobytes: Math.round(bytes / 1024), maxKilobytes: MAX_IMPORT_BYTES / 1024}};
  }
  const json = parseJsonSafely(text);
  return json.ok ? readCheckerReport(json.value) : json;
}

const RANK: Record<StageStatus, number> = {passed: 4, 'passed-with-skips': 3, failed: 2, error: 1, 'not-run': 0};

/** The better of two results for one stage: like ticks, a later run never undoes a pass the teacher has seen. */
export const bestStageStatus = (a: StageStatus, b: StageStatus): StageStatus => (RANK[b] > RANK[a] ? b : a);
