import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {progressStore} from '@site/src/lib/progress-store';
import {exportFileName, lastActivity, MAX_LEARNER_NAME} from '@site/src/lib/progress';
import {importProblemText} from './importProblemText';
import {progressByModule, totalProgress, type Curriculum} from '@site/src/lib/curriculum';
import {useProgress} from '@site/src/lib/useProgress';
import {lastEdition} from '@site/src/lib/last-edition';
import StorageNotice from '@site/src/components/StorageNotice';
import ContinueReading from '@site/src/components/ContinueReading';
import styles from './styles.module.css';

type Message = {kind: 'status' | 'error'; text: string} | null;

function ProgressBar({done, total, label}: {done: number; total: number; label: string}): ReactNode {
  return (
    <div className={styles.bar}>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span>
        {translate({id: 'progress.count', message: '{done} of {total} items'}, {done, total})}
      </span>
    </div>
  );
}

function ManageProgress({onMessage}: {onMessage: (message: Message) => void}): ReactNode {
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [learnerName, setLearnerName] = useState('');

  const download = () => {
    const blob = new Blob([progressStore.exportText(learnerName)], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(learnerName, new Date().toISOString().slice(0, 10));
    link.click();
    URL.revokeObjectURL(url);
    onMessage({kind: 'status', text: translate({id: 'progress.export.done', message: 'Progress file downloaded.'})});
  };

  const importFile = async (file: File) => {
    const outcome = progressStore.importText(await file.text());
    onMessage(
      outcome.ok
        ? {
            kind: 'status',
            text: translate(
              {id: 'progress.import.done', message: 'Imported. {added} new ticks and {read} lessons read were added; none were removed.'},
              {added: outcome.added, read: outcome.addedRead},
            ),
          }
        : {
            kind: 'error',
            text: translate(
              {id: 'progress.import.failed', message: "This file can't be imported: {reason}. Nothing was changed."},
              {reason: importProblemText(outcome.problem)},
            ),
          },
    );
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section aria-labelledby="manage-progress" className={styles.manage}>
      <Heading as="h2" id="manage-progress">
        <Translate id="progress.manage.title">Move or reset your progress</Translate>
      </Heading>
      <p>
        <Translate id="progress.manage.intro">
          Your ticks and the lessons you read are stored only in this browser. To use another device or browser,
          download them here and import the file there. Importing adds ticks and read lessons; it never removes one.
        </Translate>
      </p>
      <p className={styles.name}>
        <label htmlFor="progress-learner-name">
          <Translate id="progress.export.nameLabel">Your name for your teacher (optional, written only in the file)</Translate>
        </label>
        <input
          id="progress-learner-name"
          type="text"
          autoComplete="name"
          maxLength={MAX_LEARNER_NAME}
          value={learnerName}
          onChange={(event) => setLearnerName(event.target.value)}
        />
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={download}>
          <Translate id="progress.export.button">Download progress file</Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          <Translate id="progress.import.button">Import a progress file</Translate>
        </button>
        <input
          ref={fileInput}
          id="progress-import"
          hidden
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
        {!confirmingReset ? (
          <button type="button" className="button button--outline button--danger" onClick={() => setConfirmingReset(true)}>
            <Translate id="progress.reset.button">Reset progress</Translate>
          </button>
        ) : (
          <span className={styles.confirm} role="group" aria-label={translate({id: 'progress.reset.confirmLabel', message: 'Confirm reset'})}>
            <span>
              <Translate id="progress.reset.question">Erase every tick and read lesson in this browser? This cannot be undone.</Translate>
            </span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                progressStore.reset();
                setConfirmingReset(false);
                onMessage({kind: 'status', text: translate({id: 'progress.reset.done', message: 'Progress erased.'})});
              }}>
              <Translate id="progress.reset.yes">Yes, erase</Translate>
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmingReset(false)} autoFocus>
              <Translate id="progress.reset.cancel">Cancel</Translate>
            </button>
          </span>
        )}
      </div>
    </section>
  );
}

/**
 * The editions as a learner sees them: the current one first, other released ones next, and the
 * unreleased draft last, each named in the learner's language.
 */
export function orderedEditions(editions: Curriculum[]): Curriculum[] {
  const rank = (c: Curriculum) => (c.isLatest ? 0 : c.released ? 1 : 2);
  return [...editions].sort((a, b) => rank(a) - rank(b));
}

function editionName(c: Curriculum): string {
  if (!c.released) {
    return translate({id: 'progress.edition.unreleased', message: 'Next edition (draft, not released yet)'});
  }
  return c.isLatest
    ? translate({id: 'progress.edition.current', message: '{edition} (current edition)'}, {edition: c.label})
    : translate({id: 'progress.edition.older', message: '{edition} (earlier edition)'}, {edition: c.label});
}

/** The latest edition on the server; after mount, the edition the learner last read a lesson in. */
function useEdition(editions: Curriculum[]): [Curriculum, (edition: string) => void] {
  const latest = editions.find((c) => c.isLatest) ?? editions[0]!;
  const [edition, setEdition] = useState(latest.edition);
  useEffect(() => {
    const last = lastEdition();
    if (last && editions.some((c) => c.edition === last)) setEdition(last);
  }, [editions]);
  return [editions.find((c) => c.edition === edition) ?? latest, setEdition];
}

/** "12 of 39 lessons read, 41 of 200 checklist items ticked" */
const countsText = (read: number, lessons: number, done: number, total: number): string =>
  translate(
    {id: 'progress.counts', message: '{read} of {lessons} lessons read, {done} of {total} checklist items ticked'},
    {read, lessons, done, total},
  );

export default function ProgressPage({curricula: {editions}}: {curricula: {editions: Curriculum[]}}): ReactNode {
  const {record, status} = useProgress();
  const {i18n} = useDocusaurusContext();
  const [message, setMessage] = useState<Message>(null);
  const [curriculum, setEdition] = useEdition(editions);
  const edition = curriculum.edition;
  const loaded = status !== 'loading';
  const modules = progressByModule(curriculum, record.ticks, record.read);
  const {done, total, read, lessons} = totalProgress(modules);
  const latest = lastActivity(record);
  const title = translate({id: 'progress.title', message: 'My progress'});
  const firstModule = curriculum.modules[0];

  return (
    <Layout title={title} description={translate({id: 'progress.description', message: 'Your checklist progress through the LATAM Backend Path, kept on this device.'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="progress.intro">
            Every lesson ends with a checklist. Your ticks stay on this device: no account, nothing sent anywhere.
          </Translate>
        </p>
        {firstModule && (
          <p className={styles.continue}>
            <ContinueReading startHref={firstModule.permalink} />
          </p>
        )}
        <StorageNotice status={status} showProgressLink={false} />
        {editions.length > 1 && (
          <fieldset className={styles.edition}>
            <legend>
              <Translate id="progress.edition.label">Edition</Translate>
            </legend>
            {orderedEditions(editions).map((c) => (
              <label key={c.edition}>
                <input
                  type="radio"
                  name="progress-edition"
                  value={c.edition}
                  checked={c.edition === edition}
                  onChange={() => setEdition(c.edition)}
                />{' '}
                {editionName(c)}
              </label>
            ))}
            <p>
              <Translate id="progress.edition.help">
                Ticks are shared by every edition; this counts the items of the edition you choose.
              </Translate>
            </p>
          </fieldset>
        )}
        <section aria-labelledby="overall-progress">
          <Heading as="h2" id="overall-progress">
            <Translate id="progress.overall" values={{edition: curriculum.label}}>{'Overall (edition {edition})'}</Translate>
          </Heading>
          <ProgressBar done={loaded ? done : 0} total={total} label={translate({id: 'progress.overall.label', message: 'Overall progress'})} />
          <p data-testid="overall-counts">{countsText(loaded ? read : 0, lessons, loaded ? done : 0, total)}</p>
          <p>
            {latest
              ? translate(
                  {id: 'progress.lastActivity', message: 'Last activity: {date}'},
                  {date: new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'long'}).format(new Date(latest))},
                )
              : translate({id: 'progress.noActivity', message: 'No ticks yet. Start with the first lesson.'})}
          </p>
        </section>
        {modules.map(({module, done: moduleDone, total: moduleTotal, read: moduleRead, lessons: moduleLessons}) => {
          const moduleComplete = moduleTotal > 0 && moduleDone === moduleTotal && moduleRead === moduleLessons;
          return (
            <section key={module.id} aria-labelledby={`module-${module.id}`} className={styles.module}>
              <Heading as="h2" id={`module-${module.id}`}>
                <Link to={module.permalink}>{module.title}</Link>
              </Heading>
              <ProgressBar done={moduleDone} total={moduleTotal} label={module.title} />
              <p className={styles.moduleCounts}>{countsText(moduleRead, moduleLessons, moduleDone, moduleTotal)}</p>
              {moduleComplete ? (
                <p>
                  <Translate id="progress.moduleDone">Module complete.</Translate>
                </p>
              ) : module.lessons.length > 0 ? (
                <details>
                  <summary>
                    <Translate id="progress.left" values={{count: moduleTotal - moduleDone}}>
                      {'What is left ({count} items)'}
                    </Translate>
                  </summary>
                  <ul className={styles.lessons}>
                    {module.lessons.map((lesson) => {
                      const items = lesson.checklist.filter((item) => !(item.id in record.ticks));
                      const isRead = lesson.id in record.read;
                      return (
                        <li key={lesson.id} className={isRead ? styles.read : undefined}>
                          <Link to={lesson.permalink}>{lesson.title}</Link>
                          {isRead && (
                            <span className={styles.readMark}>
                              {' '}
                              <Translate id="progress.lessonRead">(read)</Translate>
                            </span>
                          )}
                          {items.length > 0 && (
                            <ul>
                              {items.map((item) => (
                                <li key={item.id}>{item.label}</li>
                              ))}
                            </ul>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </details>
              ) : null}
            </section>
          );
        })}
        <ManageProgress onMessage={setMessage} />
        <p className={message?.kind === 'error' ? styles.error : styles.status} role={message?.kind === 'error' ? 'alert' : 'status'}>
          {message?.text}
        </p>
      </main>
    </Layout>
  );
}
