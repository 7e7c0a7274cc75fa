/**
 * The cohort view's logic: a teacher's files (progress exports and capstone checker reports) become one
 * row per learner against the modules, lessons and capstone stages of an edition. Pure functions only;
 * the page (src/components/CohortView) reads the files and words the notes in the reader's language.
 */
import {mergeProgress, emptyProgress, parseImportFile, parseJsonSafely, EXPORT_FORMAT, type ProgressRecord} from './progress';
import {
  bestStageStatus,
  CAPSTONE_STAGES,
  looksLikeCheckerReport,
  parseCheckerReportFile,
  type CapstoneStageSlug,
  type ReportProblem,
  type StageStatus,
} from './checker-report';
import {withSuccessors, type Curriculum} from './curriculum';
import {retiredChecklistIds} from '../data/retiredChecklistIds';

export type CohortFile = {name: string; text: string};
export type FileKind = 'progress' | 'report';

/** What happened to each file, in the order the files came; the page words each one. */
export type FileNote =
  | {code: 'loaded'; file: string; kind: FileKind; learner: string}
  | {code: 'merged'; file: string; kind: FileKind; learner: string}
  | {code: 'refused'; file: string; kind: FileKind | null; problem: ReportProblem | {code: 'unrecognised'}};

export type Learner = {
  key: string;
  name: string;
  /** true when the name came from a progress file, false when it was read from a file name */
  named: boolean;
  files: string[];
  progress: ProgressRecord;
  /** best result of each stage over the learner's checker reports; null without a report */
  stages: Record<CapstoneStageSlug, StageStatus> | null;
  /** editions the learner's checker reports link to (`next`, `latest`…) */
  reportEditions: string[];
};

export type Cohort = {learners: Learner[]; notes: FileNote[]};

/** "Ana Souza", "ana-souza" and "ANA  SOUZA" are one learner; accents do not split one either. */
export function learnerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAME_SUFFIX = /[-_. ]+(?:capstone|checker|check|report|results?|progress|\d{4}-\d{2}-\d{2})$/i;

/**
 * The learner a file belongs to when the file itself does not say: `ana-souza-capstone.json` → "ana souza",
 * `latam-backend-path-progress-ana-souza-2026-12-06.json` → "ana souza". A name with nothing left is the file name.
 */
export function nameFromFileName(fileName: string): string {
  let stem = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  stem = stem.replace(/^latam-backend-path-(?:capstone-)?progress(?:[-_. ]+|$)/i, '');
  while (NAME_SUFFIX.test(stem)) stem = stem.replace(NAME_SUFFIX, '');
  const name = stem.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return name === '' || /^\d{4} \d{2} \d{2}$/.test(name) ? fileName : name;
}

type Parsed =
  | {ok: true; kind: 'progress'; record: ProgressRecord; learnerName?: string}
  | {ok: true; kind: 'report'; stages: Record<CapstoneStageSlug, StageStatus>; edition: string | null}
  | {ok: false; kind: FileKind | null; problem: ReportProblem | {code: 'unrecognised'}};

/** Tells a progress export from a checker report by its content, then validates it as that. */
export function parseCohortFile(text: string, now: string): Parsed {
  const json = parseJsonSafely(text);
  if (!json.ok) return {ok: false, kind: null, problem: json.problem};
  const value = json.value;
  if (looksLikeCheckerReport(value)) {
    const parsed = parseCheckerReportFile(text);
    return parsed.ok
      ? {ok: true, kind: 'report', stages: parsed.report.stages, edition: parsed.report.edition}
      : {ok: false, kind: 'report', problem: parsed.problem};
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && ('format' in value || 'schemaVersion' in value)) {
    if ((value as {format?: unknown}).format === undefined || (value as {format?: unknown}).format === EXPORT_FORMAT) {
      const parsed = parseImportFile(text, now);
      return parsed.ok
        ? {ok: true, kind: 'progress', record: parsed.record, ...(parsed.learnerName ? {learnerName: parsed.learnerName} : {})}
        : {ok: false, kind: 'progress', problem: parsed.problem};
    }
  }
  // Size first, as the progress import does: a huge file is refused for its size whatever it holds.
  const sized = parseImportFile(text, now);
  return {ok: false, kind: null, problem: !sized.ok && sized.problem.code === 'too-large' ? sized.problem : {code: 'unrecognised'}};
}

/** Reads every file; a bad file is noted and skipped, the others load; one learner's files merge into one row. */
export function loadCohort(files: CohortFile[], now: string): Cohort {
  const byKey = new Map<string, Learner>();
  const notes: FileNote[] = [];
  for (const file of files) {
    const parsed = parseCohortFile(file.text, now);
    if (!parsed.ok) {
      notes.push({code: 'refused', file: file.name, kind: parsed.kind, problem: parsed.problem});
      continue;
    }
    const givenName = parsed.kind === 'progress' ? parsed.learnerName : undefined;
    const name = givenName ?? nameFromFileName(file.name);
    const key = learnerKey(name) || file.name;
    let learner = byKey.get(key);
    notes.push({code: learner ? 'merged' : 'loaded', file: file.name, kind: parsed.kind, learner: learner?.name ?? name});
    if (!learner) {
      learner = {key, name, named: givenName !== undefined, files: [], progress: emptyProgress(), stages: null, reportEditions: []};
      byKey.set(key, learner);
    } else if (givenName !== undefined && !learner.named) {
      learner.name = givenName;
      learner.named = true;
    }
    learner.files.push(file.name);
    if (parsed.kind === 'progress') {
      learner.progress = mergeProgress(learner.progress, parsed.record);
    } else {
      const previous = learner.stages;
      learner.stages = previous
        ? (Object.fromEntries(CAPSTONE_STAGES.map(({slug}) => [slug, bestStageStatus(previous[slug], parsed.stages[slug])])) as Learner['stages'])
        : parsed.stages;
      if (parsed.edition && !learner.reportEditions.includes(parsed.edition)) learner.reportEditions.push(parsed.edition);
    }
  }
  return {learners: [...byKey.values()], notes};
}

export type Detail = 'modules' | 'lessons';
export type Column =
  | {key: string; kind: 'total'}
  | {key: string; kind: 'module'; label: string}
  | {key: string; kind: 'lesson'; label: string; module: string}
  | {key: string; kind: 'stage'; stage: CapstoneStageSlug};
export type CountCell = {kind: 'count'; done: number; total: number};
export type StageCell = {kind: 'stage'; status: StageStatus | 'none'};
export type Cell = CountCell | StageCell;
export type Row = {key: string; name: string; files: string[]; cells: Cell[]};

/** Notes about where a learner's data sits relative to the edition shown, worded by the page. */
export type EditionNote =
  | {code: 'ticks-other-edition'; learner: string; count: number; editions: string[]}
  | {code: 'ticks-unknown'; learner: string; count: number}
  | {code: 'report-other-edition'; learner: string; editions: string[]};

export type Grid = {edition: string; columns: Column[]; rows: Row[]; notes: EditionNote[]};

const count = (ids: string[], ticks: Record<string, string>): CountCell => ({
  kind: 'count',
  done: ids.filter((id) => id in ticks).length,
  total: ids.length,
});

const itemIds = (curriculum: Curriculum): Set<string> =>
  new Set(curriculum.modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.checklist.map((item) => item.id))));

/**
 * The edition holding most of the cohort's ticks and checker reports (the latest on a tie, or with
 * neither), so that files from a cohort that follows a pinned edition land in that edition.
 */
export function bestEdition(cohort: Cohort, curricula: Curriculum[]): string {
  const latest = curricula.find((c) => c.isLatest) ?? curricula[0]!;
  let best = latest;
  let bestCount = -1;
  for (const curriculum of [latest, ...curricula.filter((c) => c !== latest)]) {
    const ids = itemIds(curriculum);
    const hits = cohort.learners.reduce((sum, learner) => {
      const ticks = Object.keys(withSuccessors(learner.progress.ticks)).filter((id) => ids.has(id)).length;
      const reports = learner.reportEditions.filter((e) => (e === 'latest' ? latest.edition : e) === curriculum.edition).length;
      return sum + ticks + reports;
    }, 0);
    if (hits > bestCount) [best, bestCount] = [curriculum, hits];
  }
  return best.edition;
}

/** One row per learner (sorted by name in the reader's language), one column per module (and lesson) and stage. */
export function buildGrid(cohort: Cohort, curricula: Curriculum[], edition: string, detail: Detail, locale = 'en'): Grid {
  const latest = curricula.find((c) => c.isLatest) ?? curricula[0]!;
  const curriculum = curricula.find((c) => c.edition === edition) ?? latest;
  const showStages = curriculum.modules.some((module) => module.id === 'capstone') || cohort.learners.some((learner) => learner.stages !== null);
  const columns: Column[] = [{key: 'total', kind: 'total'}];
  for (const module of curriculum.modules) {
    columns.push({key: `module:${module.id}`, kind: 'module', label: module.title});
    if (detail === 'lessons') {
      for (const lesson of module.lessons) columns.push({key: `lesson:${lesson.id}`, kind: 'lesson', label: lesson.title, module: module.id});
    }
  }
  if (showStages) for (const {slug} of CAPSTONE_STAGES) columns.push({key: `stage:${slug}`, kind: 'stage', stage: slug});

  const here = itemIds(curriculum);
  const elsewhere = curricula.filter((c) => c !== curriculum).map((c) => ({edition: c.edition, ids: itemIds(c)}));
  const notes: EditionNote[] = [];
  const rows: Row[] = [...cohort.learners]
    .sort((a, b) => a.name.localeCompare(b.name, locale, {sensitivity: 'base'}) || a.key.localeCompare(b.key))
    .map((learner) => {
      const ticks = withSuccessors(learner.progress.ticks);
      const cells: Cell[] = columns.map((column): Cell => {
        switch (column.kind) {
          case 'total':
            return count([...here], ticks);
          case 'module': {
            const module = curriculum.modules.find((m) => `module:${m.id}` === column.key)!;
            return count(module.lessons.flatMap((lesson) => lesson.checklist.map((item) => item.id)), ticks);
          }
          case 'lesson': {
            const lesson = curriculum.modules.flatMap((m) => m.lessons).find((l) => `lesson:${l.id}` === column.key)!;
            return count(lesson.checklist.map((item) => item.id), ticks);
          }
          case 'stage': {
            const stage = CAPSTONE_STAGES.find((s) => s.slug === column.stage)!;
            const fromTicks: StageStatus | 'none' = stage.checklistId in ticks ? 'passed' : 'none';
            const fromReport = learner.stages?.[column.stage];
            if (fromReport === undefined) return {kind: 'stage', status: fromTicks};
            return {kind: 'stage', status: fromTicks === 'passed' ? bestStageStatus(fromReport, 'passed') : fromReport};
          }
        }
      });
      // A tick on a retired item whose successor is in this edition is placed on the successor already.
      const outside = Object.keys(learner.progress.ticks).filter((id) => !here.has(id) && !here.has(retiredChecklistIds[id]?.successor ?? ''));
      const other = outside.filter((id) => elsewhere.some((e) => e.ids.has(id)));
      if (other.length > 0) {
        const editions = elsewhere.filter((e) => other.some((id) => e.ids.has(id))).map((e) => e.edition);
        notes.push({code: 'ticks-other-edition', learner: learner.name, count: other.length, editions});
      }
      const unknown = outside.length - other.length;
      if (unknown > 0) notes.push({code: 'ticks-unknown', learner: learner.name, count: unknown});
      const reportEditions = learner.reportEditions.map((e) => (e === 'latest' ? latest.edition : e)).filter((e) => e !== curriculum.edition);
      if (reportEditions.length > 0) notes.push({code: 'report-other-edition', learner: learner.name, editions: reportEditions});
      return {key: learner.key, name: learner.name, files: learner.files, cells};
    });
  return {edition: curriculum.edition, columns, rows, notes};
}

/** What a cell says, the same on the page and in the CSV. */
export function cellText(cell: Cell, stageLabel: (status: StageStatus | 'none') => string): string {
  return cell.kind === 'count' ? `${cell.done}/${cell.total}` : stageLabel(cell.status);
}

/**
 * One CSV field: quoted when it holds a quote, a comma, a semicolon or a line break; a leading = + - @ (or
 * tab, carriage return) gets an apostrophe first so that a spreadsheet reads it as text, not a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The grid as CSV (RFC 4180 line ends), header first: the learner, then each column as the page titles it. */
export function gridToCsv(header: string[], rows: string[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
