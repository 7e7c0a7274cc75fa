import React, {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Curriculum} from '@site/src/lib/curriculum';
import type {CapstoneStageSlug, StageStatus} from '@site/src/lib/checker-report';
import {
  bestEdition,
  buildGrid,
  cellText,
  gridToCsv,
  loadCohort,
  type CohortFile,
  type Column,
  type Detail,
  type EditionNote,
  type FileNote,
  type Grid,
} from '@site/src/lib/cohort';
import {importProblemText} from '@site/src/components/ProgressPage/importProblemText';
import styles from './styles.module.css';

/** Performance marks the bench reads: from the files' arrival to the grid on screen. */
export const LOAD_MARK = 'cohort:load';

function stageName(stage: CapstoneStageSlug): string {
  switch (stage) {
    case 'contract':
      return translate({id: 'cohort.stage.contract', message: 'Capstone 1: contract'});
    case 'data':
      return translate({id: 'cohort.stage.data', message: 'Capstone 2: data'});
    case 'idempotency':
      return translate({id: 'cohort.stage.idempotency', message: 'Capstone 3: idempotency'});
    case 'security':
      return translate({id: 'cohort.stage.security', message: 'Capstone 4: security'});
    case 'operations':
      return translate({id: 'cohort.stage.operations', message: 'Capstone 5: operations'});
  }
}

function stageStatusLabel(status: StageStatus | 'none'): string {
  switch (status) {
    case 'passed':
      return translate({id: 'cohort.status.passed', message: 'passed'});
    case 'passed-with-skips':
      return translate({id: 'cohort.status.passedWithSkips', message: 'passed with skips'});
    case 'failed':
      return translate({id: 'cohort.status.failed', message: 'failed'});
    case 'error':
      return translate({id: 'cohort.status.error', message: 'could not check'});
    case 'not-run':
      return translate({id: 'cohort.status.notRun', message: 'not run'});
    case 'none':
      return translate({id: 'cohort.status.none', message: 'no data'});
  }
}

function columnLabel(column: Column): string {
  switch (column.kind) {
    case 'total':
      return translate({id: 'cohort.column.total', message: 'All items'});
    case 'module':
    case 'lesson':
      return column.label;
    case 'stage':
      return stageName(column.stage);
  }
}

function fileNoteText(note: FileNote): string {
  switch (note.code) {
    case 'loaded':
      return note.kind === 'progress'
        ? translate({id: 'cohort.note.loadedProgress', message: '{file}: progress of {learner}.'}, note)
        : translate({id: 'cohort.note.loadedReport', message: '{file}: capstone checker report of {learner}.'}, note);
    case 'merged':
      return translate({id: 'cohort.note.merged', message: '{file}: another file of {learner}, merged into the same row.'}, note);
    case 'refused': {
      const {problem} = note;
      const reason =
        problem.code === 'unrecognised'
          ? translate({id: 'cohort.problem.unrecognised', message: 'it is neither a progress file nor a capstone checker report'})
          : problem.code === 'report-not-an-object'
            ? translate({id: 'cohort.problem.reportNotAnObject', message: 'it is not a checker report (expected a JSON object)'})
            : problem.code === 'report-bad-field'
              ? translate({id: 'cohort.problem.reportBadField', message: 'the checker report field {field} is missing or has a value the checker never writes'}, problem)
              : importProblemText(problem);
      return translate({id: 'cohort.note.refused', message: '{file} was not loaded: {reason}.'}, {file: note.file, reason});
    }
  }
}

function editionNoteText(note: EditionNote, label: (edition: string) => string): string {
  switch (note.code) {
    case 'ticks-other-edition':
      return translate(
        {id: 'cohort.note.ticksOtherEdition', message: '{learner}: {count} ticked items are not in this edition (they are in: {editions}); they are not counted here.'},
        {learner: note.learner, count: note.count, editions: note.editions.map(label).join(', ')},
      );
    case 'ticks-unknown':
      return translate(
        {id: 'cohort.note.ticksUnknown', message: '{learner}: {count} ticked items belong to no edition of this site; they are not counted.'},
        note,
      );
    case 'report-other-edition':
      return translate(
        {id: 'cohort.note.reportOtherEdition', message: '{learner}: the capstone checker report links to edition {editions}; its stages are shown here as they are.'},
        {learner: note.learner, editions: note.editions.map(label).join(', ')},
      );
  }
}

function download(name: string, text: string): void {
  // A byte order mark so that spreadsheets read the accents of names as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], {type: 'text/csv;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The header and rows exactly as the table shows them: the CSV is the grid. */
export function gridTexts(grid: Grid): {header: string[]; rows: string[][]} {
  return {
    header: [translate({id: 'cohort.column.learner', message: 'Learner'}), ...grid.columns.map(columnLabel)],
    rows: grid.rows.map((row) => [row.name, ...row.cells.map((cell) => cellText(cell, stageStatusLabel))]),
  };
}

function Instructions(): ReactNode {
  return (
    <section aria-labelledby="cohort-how">
      <Heading as="h2" id="cohort-how">
        <Translate id="cohort.how.title">What to ask your learners for</Translate>
      </Heading>
      <ol>
        <li>
          <Translate id="cohort.how.progress">
            Their progress file: on the My progress page, they type their name and press "Download progress file".
          </Translate>{' '}
          <Link to="/progress/">
            <Translate id="cohort.how.progressLink">Open My progress</Translate>
          </Link>
        </li>
        <li>
          <Translate id="cohort.how.report">
            Their capstone checker report, saved under their name, for example:
          </Translate>{' '}
          <code>node check.mjs http://127.0.0.1:8080 --json {'>'} ana-souza-capstone.json</code>
        </li>
      </ol>
      <p>
        <Translate id="cohort.how.names">
          Files with the same learner name (in the progress file, or in the file name for checker reports) become
          one row. Upper case, accents and separators do not matter: "Ana Souza" and ana-souza-capstone.json are
          the same learner.
        </Translate>
      </p>
      <p>
        <Translate id="cohort.how.privacy">
          The files are read by this page in your browser. Nothing is uploaded or kept: closing the page forgets
          them.
        </Translate>
      </p>
    </section>
  );
}

type Props = {curricula: {editions: Curriculum[]}};

/** For teachers: a cohort's progress files and checker reports, one row per learner, exported as CSV. */
export default function CohortView({curricula: {editions}}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [files, setFiles] = useState<CohortFile[]>([]);
  const [chosenEdition, setChosenEdition] = useState<string | null>(null);
  const [detail, setDetail] = useState<Detail>('modules');
  const [dragging, setDragging] = useState(false);
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const loading = useRef(false);

  useEffect(() => setReady(true), []);

  const cohort = useMemo(() => loadCohort(files, new Date().toISOString()), [files]);
  const edition = chosenEdition ?? bestEdition(cohort, editions);
  const grid = useMemo(() => buildGrid(cohort, editions, edition, detail, locale), [cohort, editions, edition, detail, locale]);
  const texts = useMemo(() => gridTexts(grid), [grid]);
  const labelOf = (slug: string) => editions.find((c) => c.edition === slug)?.label ?? slug;
  const refused = cohort.notes.filter((note) => note.code === 'refused').length;

  useEffect(() => {
    if (!loading.current) return;
    loading.current = false;
    performance.mark(`${LOAD_MARK}:end`);
    performance.measure(LOAD_MARK, `${LOAD_MARK}:start`, `${LOAD_MARK}:end`);
  }, [grid]);

  const addFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    performance.mark(`${LOAD_MARK}:start`);
    const read = await Promise.all(Array.from(list, async (file) => ({name: file.name, text: await file.text()})));
    loading.current = true;
    setFiles((previous) => [...previous, ...read]);
    if (input.current) input.current.value = '';
  };

  const title = translate({id: 'cohort.title', message: 'Cohort view'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'cohort.description',
        message: "See a cohort's progress files and capstone checker reports side by side, in your browser, and export them as CSV.",
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="cohort.intro">
            For teachers: drop your learners' progress files and capstone checker reports here to see every learner
            against the modules, lessons and capstone stages, then download the table as CSV.
          </Translate>
        </p>
        <Instructions />

        <section aria-labelledby="cohort-files">
          <Heading as="h2" id="cohort-files">
            <Translate id="cohort.files.title">Files</Translate>
          </Heading>
          <noscript>
            <p className={styles.noscript}>
              <Translate id="cohort.noscript">Reading files needs JavaScript; the instructions above work without it.</Translate>
            </p>
          </noscript>
          <div
            className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              void addFiles(event.dataTransfer.files);
            }}>
            <label htmlFor="cohort-files-input">
              <Translate id="cohort.files.label">Choose or drop JSON files (many at once)</Translate>
            </label>
            <input
              ref={input}
              id="cohort-files-input"
              type="file"
              multiple
              accept="application/json,.json"
              disabled={!ready}
              onChange={(event) => void addFiles(event.target.files)}
            />
          </div>
          <p role="status" className={styles.summary}>
            {files.length > 0 &&
              translate(
                {id: 'cohort.summary', message: '{files} files read: {learners} learners, {refused} files not loaded.'},
                {files: files.length, learners: cohort.learners.length, refused},
              )}
          </p>
          {cohort.notes.length > 0 && (
            <details open={refused > 0} className={styles.notes}>
              <summary>
                <Translate id="cohort.notes.title">What happened to each file</Translate>
              </summary>
              <ul>
                {cohort.notes.map((note, index) => (
                  <li key={index} className={note.code === 'refused' ? styles.refused : undefined}>
                    {fileNoteText(note)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {files.length > 0 && (
            <button type="button" className="button button--secondary button--sm" onClick={() => setFiles([])}>
              <Translate id="cohort.clear">Forget these files</Translate>
            </button>
          )}
        </section>

        {cohort.learners.length > 0 && (
          <section aria-labelledby="cohort-table">
            <Heading as="h2" id="cohort-table">
              <Translate id="cohort.table.title">Learners</Translate>
            </Heading>
            <div className={styles.controls}>
              {editions.length > 1 && (
                <fieldset>
                  <legend>
                    <Translate id="cohort.edition.label">Edition</Translate>
                  </legend>
                  {editions.map((c) => (
                    <label key={c.edition}>
                      <input type="radio" name="cohort-edition" value={c.edition} checked={c.edition === grid.edition} onChange={() => setChosenEdition(c.edition)} />{' '}
                      {c.label}
                    </label>
                  ))}
                </fieldset>
              )}
              <fieldset>
                <legend>
                  <Translate id="cohort.detail.label">Columns</Translate>
                </legend>
                <label>
                  <input type="radio" name="cohort-detail" value="modules" checked={detail === 'modules'} onChange={() => setDetail('modules')} />{' '}
                  <Translate id="cohort.detail.modules">Modules</Translate>
                </label>
                <label>
                  <input type="radio" name="cohort-detail" value="lessons" checked={detail === 'lessons'} onChange={() => setDetail('lessons')} />{' '}
                  <Translate id="cohort.detail.lessons">Modules and lessons</Translate>
                </label>
              </fieldset>
              <button
                type="button"
                className="button button--primary"
                onClick={() => download(`cohort-${grid.edition}-${new Date().toISOString().slice(0, 10)}.csv`, gridToCsv(texts.header, texts.rows))}>
                <Translate id="cohort.csv">Download the table as CSV</Translate>
              </button>
            </div>
            {grid.notes.length > 0 && (
              <ul className={styles.editionNotes} aria-label={translate({id: 'cohort.editionNotes', message: 'Notes on editions'})}>
                {grid.notes.map((note, index) => (
                  <li key={index}>{editionNoteText(note, labelOf)}</li>
                ))}
              </ul>
            )}
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="cohort-table">
              <table className={styles.table}>
                <thead>
                  <tr>
                    {texts.header.map((label, index) => (
                      <th key={index} scope="col" className={grid.columns[index - 1]?.kind === 'lesson' ? styles.lessonColumn : undefined}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.rows.map((row, rowIndex) => (
                    <tr key={row.key}>
                      <th scope="row">{row.name}</th>
                      {row.cells.map((cell, index) => (
                        <td key={grid.columns[index]!.key} className={cell.kind === 'stage' ? styles[`stage-${cell.status}`] : undefined}>
                          {texts.rows[rowIndex]![index + 1]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </main>
    </Layout>
  );
}
