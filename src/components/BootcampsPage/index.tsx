import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatHours} from '@site/src/lib/hours';
import type {Curriculum, EditionInfo} from '@site/src/lib/curriculum';
import styles from './styles.module.css';

type Props = {curriculum: {curriculum: Curriculum; editions: EditionInfo[]}};

/** For bootcamps and study groups: pinning an edition, the syllabus, printable checklists, licence. */
export default function BootcampsPage({curriculum: {curriculum, editions}}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const hours = (minutes: number): string => formatHours(minutes, i18n.currentLocale);
  const jsonUrl = useBaseUrl(`/curriculum/${curriculum.edition}.json`);
  const schemaUrl = useBaseUrl('/curriculum/schema.json');
  const firstLesson = curriculum.modules[0]?.lessons[0];
  const pinned = firstLesson ? firstLesson.permalink.replace(/\/docs\//, `/docs/${curriculum.edition}/`) : '';
  return (
    <Layout
      title={translate({id: 'bootcamps.title', message: 'For bootcamps and study groups'})}
      description={translate({
        id: 'bootcamps.description',
        message: 'Pin an edition of LATAM Backend Path, import its syllabus, print its checklists, and reuse it under CC BY 4.0.',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">
          <Translate id="bootcamps.title">For bootcamps and study groups</Translate>
        </Heading>
        <p>
          <Translate id="bootcamps.intro">
            You can build a course on top of this path. Each edition keeps its addresses, so the links in your
            syllabus keep working for as long as your cohort needs them.
          </Translate>
        </p>

        <section aria-labelledby="pin">
          <Heading as="h2" id="pin">
            <Translate id="bootcamps.pin.title">Pin an edition</Translate>
          </Heading>
          <p>
            <Translate id="bootcamps.pin.text" values={{edition: curriculum.label}}>
              {'The latest edition is {edition}. Addresses under /docs/ always show the latest edition. To pin your course to one edition, put the edition in the address:'}
            </Translate>
          </p>
          {firstLesson && (
            <p>
              <code>{pinned}</code>
            </p>
          )}
          <p>
            <Translate id="bootcamps.pin.after">
              When a new edition comes out, pinned addresses keep showing the edition you chose, with a notice that
              a newer one exists. Learners keep their ticks across editions: checklist items keep their ids.
            </Translate>
          </p>
          <ul>
            {editions.map((edition) => (
              <li key={edition.edition}>
                <Link to={`/editions/${edition.edition}/`}>
                  <Translate id="bootcamps.editions.changes" values={{edition: edition.label}}>
                    {'What changed in {edition}'}
                  </Translate>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="teach">
          <Heading as="h2" id="teach">
            <Translate id="bootcamps.teach.title">Teach a cohort</Translate>
          </Heading>
          <ul>
            {editions.map((edition) => (
              <li key={edition.edition}>
                <Link to={`/bootcamps/guide/${edition.edition}/`}>
                  <Translate id="bootcamps.teach.guide" values={{edition: edition.label}}>
                    {"Teacher's guide, edition {edition}: plans, session format, deliverables and rubrics"}
                  </Translate>
                </Link>
              </li>
            ))}
            <li>
              <Link to="/bootcamps/cohort/">
                <Translate id="bootcamps.teach.cohort">Cohort view: your learners' progress files and capstone reports in one table</Translate>
              </Link>
            </li>
          </ul>
        </section>

        <section aria-labelledby="syllabus">
          <Heading as="h2" id="syllabus">
            <Translate id="bootcamps.syllabus.title" values={{edition: curriculum.label}}>{'Syllabus of edition {edition}'}</Translate>
          </Heading>
          <p>
            <Translate id="bootcamps.syllabus.json">The same syllabus as JSON, for your own tools:</Translate>{' '}
            <a href={jsonUrl}>{`curriculum/${curriculum.edition}.json`}</a> (
            <a href={schemaUrl}>
              <Translate id="bootcamps.syllabus.schema">JSON Schema</Translate>
            </a>
            ).
          </p>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={translate({id: 'bootcamps.syllabus.table', message: 'Syllabus table'})}>
            <table>
              <thead>
                <tr>
                  <th scope="col"><Translate id="bootcamps.table.module">Module</Translate></th>
                  <th scope="col"><Translate id="bootcamps.table.lessons">Lessons</Translate></th>
                  <th scope="col"><Translate id="bootcamps.table.hours">Hours</Translate></th>
                  <th scope="col"><Translate id="bootcamps.table.items">Checklist items</Translate></th>
                </tr>
              </thead>
              <tbody>
                {curriculum.modules.map((module) => (
                  <tr key={module.id}>
                    <th scope="row">
                      <Link to={module.permalink}>{module.title}</Link>
                    </th>
                    <td>{module.lessons.length}</td>
                    <td>{hours(module.minutes)}</td>
                    <td>{module.lessons.reduce((sum, lesson) => sum + lesson.checklist.length, 0)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row"><Translate id="bootcamps.table.total">Total</Translate></th>
                  <td>{curriculum.totals.lessons}</td>
                  <td>{hours(curriculum.totals.minutes)}</td>
                  <td>{curriculum.totals.checklistItems}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>

        <section aria-labelledby="checklists">
          <Heading as="h2" id="checklists">
            <Translate id="bootcamps.checklists.title">Printable checklists</Translate>
          </Heading>
          <p>
            <Translate id="bootcamps.print.intro">
              Each module also has a print view with all of its lessons on one page. Its self-check answers are
              closed, for learners; the view with answers is for the teacher.
            </Translate>
          </p>
          <ul className={styles.printViews}>
            {curriculum.modules.map((module) => (
              <li key={module.id}>
                <a href={`${module.permalink}print/`}>
                  <Translate id="bootcamps.print.module" values={{module: module.title}}>{'Print view: {module}'}</Translate>
                </a>{' '}
                (
                <a href={`${module.permalink}print/with-answers/`}>
                  <Translate id="bootcamps.print.withAnswers">with answers</Translate>
                </a>
                )
              </li>
            ))}
          </ul>
          <p>
            <Translate id="bootcamps.checklists.intro">
              Print this page for a study group: each module starts on a new page, with every checklist item of its
              lessons.
            </Translate>
          </p>
          {curriculum.modules.map((module) => (
            <section key={module.id} className={styles.module} aria-labelledby={`checklist-${module.id}`}>
              <Heading as="h3" id={`checklist-${module.id}`}>
                {module.title}
              </Heading>
              {module.lessons.map((lesson) => (
                <div key={lesson.id}>
                  <p className={styles.lesson}>
                    <Link to={lesson.permalink}>{lesson.title}</Link>
                  </p>
                  <ul className={styles.items}>
                    {lesson.checklist.map((item) => (
                      <li key={item.id}>{item.label}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>

        <section aria-labelledby="licence">
          <Heading as="h2" id="licence">
            <Translate id="bootcamps.licence.title">Licence and attribution</Translate>
          </Heading>
          <p>
            <Translate id="bootcamps.licence.text">
              Lessons are under the Creative Commons Attribution 4.0 licence (CC BY 4.0): you may copy, adapt and use
              them in paid courses, as long as you credit the path and say what you changed. Code samples are under
              the MIT licence. Use this attribution line:
            </Translate>
          </p>
          <blockquote>
            <Translate id="bootcamps.licence.line" values={{edition: curriculum.label}}>
              {'Based on LATAM Backend Path, edition {edition}, licensed under CC BY 4.0.'}
            </Translate>
          </blockquote>
        </section>
      </main>
    </Layout>
  );
}
