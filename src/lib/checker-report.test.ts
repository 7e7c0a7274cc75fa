import {describe, expect, it} from 'vitest';
import {bestStageStatus, editionOfPage, parseCheckerReportFile} from './checker-report';
import {checkerReport} from '../../tests/unit/fixtures/cohort';

describe('reading a capstone checker report', () => {
  it('keeps each stage status, each check status and the edition the pages link to', () => {
    const parsed = parseCheckerReportFile(checkerReport(2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.status).toBe('failed');
    expect(parsed.report.stages).toEqual({contract: 'passed', data: 'passed', idempotency: 'failed', security: 'not-run', operations: 'not-run'});
    expect(parsed.report.checks.find((check) => check.id === 'idempotency.replay-same-response')?.status).toBe('fail');
    expect(parsed.report.edition).toBe('next');
  });

  it('drops messages and details: nothing the page shows comes from the file but statuses', () => {
    const parsed = parseCheckerReportFile(checkerReport(0));
    expect(JSON.stringify(parsed)).not.toContain('onerror');
    expect(JSON.stringify(parsed)).not.toContain('curl');
  });

  it('names the field at fault in a report of the wrong shape', () => {
    const report = JSON.parse(checkerReport(5)) as {stages: {slug: string; status: string}[]; checks: {id: string}[]; status: string};
    const variant = (change: (r: typeof report) => void) => {
      const copy = structuredClone(report);
      change(copy);
      return parseCheckerReportFile(JSON.stringify(copy));
    };
    expect(variant((r) => (r.status = 'green'))).toEqual({ok: false, problem: {code: 'report-bad-field', field: 'status'}});
    expect(variant((r) => (r.stages[1]!.slug = 'deploy'))).toEqual({ok: false, problem: {code: 'report-bad-field', field: 'stages[1].slug'}});
    expect(variant((r) => (r.stages[0]!.status = 'ok'))).toEqual({ok: false, problem: {code: 'report-bad-field', field: 'stages[0].status'}});
    expect(variant((r) => (r.checks[2]!.id = '<script>'))).toEqual({ok: false, problem: {code: 'report-bad-field', field: 'checks[2].id'}});
    expect(parseCheckerReportFile('[1, 2]')).toEqual({ok: false, problem: {code: 'report-not-an-object'}});
  });

  it('refuses what the progress import refuses: not JSON, prototype keys, too large', () => {
    expect(parseCheckerReportFile('{"status": ')).toEqual({ok: false, problem: {code: 'not-json'}});
    expect(parseCheckerReportFile('{"__proto__": {"status": "passed"}}')).toEqual({ok: false, problem: {code: 'forbidden-key', key: '__proto__'}});
    const huge = parseCheckerReportFile(`{"pad": "${'x'.repeat(300 * 1024)}"}`);
    expect(huge.ok === false && huge.problem.code).toBe('too-large');
  });

  it('reads the edition of a stage page address', () => {
    expect(editionOfPage('https://x.example/docs/next/capstone/security/')).toBe('next');
    expect(editionOfPage('https://x.example/es/docs/2027/capstone/security/')).toBe('2027');
    expect(editionOfPage('https://x.example/docs/capstone/security/')).toBe('latest');
    expect(editionOfPage('https://x.example/elsewhere/')).toBeNull();
  });

  it('keeps the better result of a stage across runs', () => {
    expect(bestStageStatus('failed', 'passed')).toBe('passed');
    expect(bestStageStatus('passed', 'failed')).toBe('passed');
    expect(bestStageStatus('passed-with-skips', 'error')).toBe('passed-with-skips');
    expect(bestStageStatus('not-run', 'error')).toBe('error');
  });
});
