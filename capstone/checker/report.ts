/** The run's results as text for a person, JSON for a program, and JUnit XML for CI. */
import {toCurl} from './http';
import {lessonLink, stagePageLink} from './lessons';
import {translate, type Lang, type MessageKey} from './messages';
import type {CheckResult, RunResult} from './results';

const MAX_BODY_CHARS = 1500;

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const indent = (text: string, spaces: number) => text.split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

export const checkMessage = (lang: Lang, check: CheckResult): string => (check.code ? translate(lang, check.code, check.params) : '');

/** Everything a learner needs to reproduce and fix one failure. */
export function failureDetails(lang: Lang, check: CheckResult): string {
  const t = (key: MessageKey, params = {}) => translate(lang, key, params);
  const lines: string[] = [checkMessage(lang, check)];
  const detail = check.detail ?? {};
  if (detail.field !== undefined) {
    lines.push(`${t('label.expected')} ${detail.field}: ${show(detail.expected)}`, `${' '.repeat(t('label.expected').length - t('label.got').length)}${t('label.got')} ${detail.field}: ${show(detail.received)}`);
  }
  const exchange = detail.exchange;
  if (exchange) {
    lines.push(t('label.sent'), indent(toCurl(exchange.request), 2));
    const {status, headers, text} = exchange.response;
    const body = text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}… (${text.length} characters)` : text;
    // Status 0: the request got no answer (a timeout or a dropped connection); there is nothing to show.
    if (status !== 0) lines.push(t('label.received'), indent([`HTTP ${status}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', body].join('\n'), 2));
  }
  if (check.hint) lines.push(`${t('label.hint')} ${t(check.hint.key, check.hint.params)}`);
  lines.push(`${t('label.read')} ${lessonLink(check.id)}`);
  return lines.join('\n');
}

export function checkLine(lang: Lang, check: CheckResult): string {
  const label = translate(lang, `status.${check.status}`).padEnd(7);
  const head = `  ${label}${check.id}${check.code && check.status !== 'skipped' ? `  [${check.code}]` : ''}`;
  if (check.status === 'pass') return head;
  if (check.status === 'skipped') return `${head}\n${indent(checkMessage(lang, check), 9)}`;
  return `${head}\n${indent(failureDetails(lang, check), 9)}`;
}

export function summaryLines(lang: Lang, result: RunResult): string[] {
  const count = (status: CheckResult['status']) => result.checks.filter((check) => check.status === status).length;
  const lines: string[] = [];
  const stopped = result.stages.find((stage) => stage.status === 'failed' || stage.status === 'error');
  if (stopped && result.stages.some((stage) => stage.status === 'not-run')) lines.push(translate(lang, 'stopped', {number: stopped.stage.number}));
  lines.push(
    translate(lang, 'summary', {passed: count('pass'), failed: count('fail'), errors: count('error'), skipped: count('skipped'), seconds: result.seconds.toFixed(1), requests: result.requests}),
    translate(lang, `verdict.${result.status}`),
  );
  return lines;
}

export function jsonReport(lang: Lang, result: RunResult): string {
  const problem = result.problem && {code: result.problem.code, message: translate(lang, result.problem.code, result.problem.params), output: result.problem.output};
  return `${JSON.stringify(
    {
      status: result.status,
      seed: result.seed,
      url: result.url,
      ...(problem ? {problem} : {}),
      stages: result.stages.map(({stage, status}) => ({number: stage.number, slug: stage.slug, status, checklistId: stage.checklistId, page: stagePageLink(stage)})),
      checks: result.checks.map((check) => ({
        id: check.id,
        stage: check.stage.slug,
        status: check.status,
        ...(check.code ? {code: check.code} : {}),
        message: checkMessage(lang, check),
        ...(check.status === 'fail' || check.status === 'error' ? {details: failureDetails(lang, check)} : {}),
        lesson: lessonLink(check.id),
        seconds: check.seconds,
      })),
      seconds: result.seconds,
      requests: result.requests,
    },
    null,
    2,
  )}\n`;
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;'})[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function junitReport(lang: Lang, result: RunResult): string {
  const suites = result.stages
    .filter((stage) => stage.status !== 'not-run')
    .map(({stage}) => {
      const checks = result.checks.filter((check) => check.stage.number === stage.number);
      const count = (status: CheckResult['status']) => checks.filter((check) => check.status === status).length;
      const cases = checks.map((check) => {
        const open = `    <testcase classname="capstone.${stage.slug}" name="${xml(check.id)}" time="${check.seconds.toFixed(3)}"`;
        if (check.status === 'pass') return `${open}/>`;
        const message = xml(checkMessage(lang, check));
        const body =
          check.status === 'skipped'
            ? `<skipped message="${message}"/>`
            : `<${check.status === 'fail' ? 'failure' : 'error'} type="${xml(check.code ?? '')}" message="${message}">${xml(failureDetails(lang, check))}</${check.status === 'fail' ? 'failure' : 'error'}>`;
        return `${open}>\n      ${body}\n    </testcase>`;
      });
      return `  <testsuite name="capstone.${stage.number}-${stage.slug}" tests="${checks.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${count('skipped')}">\n${cases.join('\n')}\n  </testsuite>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="LATAM Backend Path capstone (seed ${xml(result.seed)})">\n${suites.join('\n')}\n</testsuites>\n`;
}
