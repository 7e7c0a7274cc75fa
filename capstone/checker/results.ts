/** What a run produced: one result per check, one status per stage, and the run's own status. */
import type {CheckId, Stage} from './catalog';
import type {FailureDetail} from './assert';
import type {MessageKey, Params} from './messages';

export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';
export type CheckResult = {
  id: CheckId;
  stage: Stage;
  status: CheckStatus;
  /** The stable code of the message (a message key), absent on a pass. */
  code?: MessageKey;
  params?: Params;
  detail?: FailureDetail;
  hint?: {key: MessageKey; params: Params};
  seconds: number;
};
export type StageStatus = 'passed' | 'passed-with-skips' | 'failed' | 'error' | 'not-run';
export type StageResult = {stage: Stage; status: StageStatus};
export type RunStatus = 'passed' | 'failed' | 'error';
export type RunResult = {
  status: RunStatus;
  seed: string;
  url: string;
  stages: StageResult[];
  checks: CheckResult[];
  /** A problem before or around the checks (unreachable service, a start that failed). */
  problem?: {code: MessageKey; params: Params; output?: string[]};
  seconds: number;
  requests: number;
};

export const EXIT = {passed: 0, failed: 1, error: 2, usage: 64} as const;
