import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatHours} from '@site/src/lib/hours';
import type {Curriculum, CurriculumLesson, EditionInfo} from '@site/src/lib/curriculum';
import {buildPlan, PLAN_WEEKS, type Deliverable, type Plan, type PlanItem} from '@site/src/lib/teaching-plan';
import type {LocalRubric, RubricLevel} from '@site/src/lib/rubrics';
import styles from './styles.module.css';

type Props = {guide: {curriculum: Curriculum; editions: EditionInfo[]; rubrics: Record<string, LocalRubric>}};

/** An anchor per lesson rubric, so that a week's deliverable can point at the rubric that grades it. */
export const rubricAnchor = (lessonId: string) => `rubric-${lessonId.replace(/[^a-z0-9]+/g, '-')}`;

function levelLabel(level: RubricLevel): string {
  switch (level) {
    case 'not-yet':
      return translate({id: 'guide.rubric.level.notYet', message: 'Not yet'});
    case 'meets':
      return translate({id: 'guide.rubric.level.meets', message: 'Meets'});
    case 'beyond':
      return translate({id: 'guide.rubric.level.beyond', message: 'Beyond'});
  }
}

function Hours({minutes}: {minutes: number}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return <>{translate({id: 'guide.hours', message: '{hours} h'}, {hours: formatHours(minutes, i18n.currentLocale)})}</>;
}

function ItemLine({item}: {item: PlanItem}): ReactNode {
  if (item.kind === 'lesson') {
    return (
      <li>
        <Link to={item.lesson.permalink}>{item.lesson.title}</Link> (<Hours minutes={item.minutes} />)
      </li>
    );
  }
  return (
    <li>
      <Translate id="guide.plan.stacks" values={{picked: item.picked}}>
        {'{picked} stack lessons of the learner’s choice (primary and secondary):'}
      </Translate>{' '}
      {item.lessons.map((lesson, index) => (
        <React.Fragment key={lesson.id}>
          {index > 0 && ', '}
          <Link to={lesson.permalink}>{lesson.title}</Link>
        </React.Fragment>
      ))}{' '}
      (<Hours minutes={item.minutes} />)
    </li>
  );
}

function DeliverableLine({deliverable, lessons, rubrics}: {deliverable: Deliverable; lessons: Map<string, CurriculumLesson>; rubrics: Props['guide']['rubrics']}): ReactNode {
  const rubricLink = (id: string) =>
    rubrics[id] ? (
      <>
        {' '}
        (<a href={`#${rubricAnchor(id)}`}>
          <Translate id="guide.deliverable.rubric">rubric</Translate>
        </a>
        )
      </>
    ) : null;
  switch (deliverable.kind) {
    case 'exercise':
      return (
        <li>
          <Translate id="guide.deliverable.exercise" values={{lesson: lessons.get(deliverable.lessonId)?.title ?? deliverable.lessonId}}>
            {'The exercise (Try it) of {lesson}'}
          </Translate>
          {rubricLink(deliverable.lessonId)}
        </li>
      );
    case 'stack-exercises':
      return (
        <li>
          <Translate id="guide.deliverable.stacks" values={{picked: deliverable.picked}}>
            {'The exercises of the {picked} stack lessons the learner chose'}
          </Translate>
        </li>
      );
    case 'capstone-stage':
      return (
        <li>
          <Translate id="guide.deliverable.capstone" values={{lesson: lessons.get(deliverable.lessonId)?.title ?? deliverable.stage}}>
            {'{lesson}: the capstone checker report (--json) with this stage passed, and the repository'}
          </Translate>
          {rubricLink(deliverable.lessonId)}
        </li>
      );
    case 'progress-file':
      return (
        <li>
          <Translate id="guide.deliverable.progress" values={{items: deliverable.checklistItems}}>
            {'A progress file with the learner’s name, for the cohort view ({items} checklist items this week)'}
          </Translate>
        </li>
      );
  }
}

function PlanSection({plan, id, lessons, rubrics}: {plan: Plan; id: string; lessons: Map<string, CurriculumLesson>; rubrics: Props['guide']['rubrics']}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <section aria-labelledby={id} className={styles.plan}>
      <Heading as="h2" id={id}>
        <Translate id="guide.plan.title" values={{weeks: plan.weeks}}>{'{weeks}-week plan'}</Translate>
      </Heading>
      <p>
        <Translate
          id="guide.plan.summary"
          values={{hours: formatHours(plan.minutes, i18n.currentLocale), perWeek: formatHours(plan.minutesPerWeek, i18n.currentLocale), weeks: plan.weeks}}>
          {'{hours} hours of lessons in {weeks} weeks: about {perWeek} hours of reading and exercises a week, plus the weekly session.'}
        </Translate>
      </p>
      <ol className={styles.weeks}>
        {plan.schedule.map((week) => (
          <li key={week.week} className={styles.week}>
            <Heading as="h3" id={`${id}-week-${week.week}`}>
              <Translate id="guide.plan.week" values={{week: week.week}}>{'Week {week}'}</Translate> (<Hours minutes={week.minutes} />)
            </Heading>
            <p className={styles.label}>
              <Translate id="guide.plan.read">Lessons</Translate>
            </p>
            <ul>
              {week.items.map((item) => (
                <ItemLine key={item.kind === 'lesson' ? item.lesson.id : 'stacks'} item={item} />
              ))}
            </ul>
            <p className={styles.label}>
              <Translate id="guide.plan.deliverables">Deliverables</Translate>
            </p>
            <ul>
              {week.deliverables.map((deliverable, index) => (
                <DeliverableLine key={index} deliverable={deliverable} lessons={lessons} rubrics={rubrics} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** For teachers: plans computed from one edition's syllabus, a session format, deliverables and rubrics. */
export default function TeachersGuide({guide: {curriculum, editions, rubrics}}: Props): ReactNode {
  const plans = PLAN_WEEKS.map((weeks) => buildPlan(curriculum, weeks));
  const lessons = new Map(curriculum.modules.flatMap((module) => module.lessons.map((lesson) => [lesson.id, lesson] as const)));
  const title = translate({id: 'guide.title', message: 'Teacher’s guide, edition {edition}'}, {edition: curriculum.label});
  const withRubric = [...lessons.keys()].filter((id) => rubrics[id]).length;
  return (
    <Layout
      title={title}
      description={translate({
        id: 'guide.description',
        message: 'Week-by-week plans computed from the syllabus, a session format, weekly deliverables and exercise rubrics for teaching LATAM Backend Path.',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="guide.intro">
            For teachers of a bootcamp or a study group. The plans below are computed from this edition's syllabus:
            the hours are the lessons' reading and exercise times, in the path's order. Of the five stack lessons, a
            learner reads two (a primary and a secondary stack); the plans budget the two longest.
          </Translate>
        </p>
        {editions.length > 1 && (
          <nav aria-label={translate({id: 'guide.editions', message: 'Guides of other editions'})}>
            <ul className={styles.inline}>
              {editions
                .filter((edition) => edition.edition !== curriculum.edition)
                .map((edition) => (
                  <li key={edition.edition}>
                    <Link to={`/bootcamps/guide/${edition.edition}/`}>
                      <Translate id="guide.otherEdition" values={{edition: edition.label}}>{'Guide of edition {edition}'}</Translate>
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        <ul>
          {plans.map((plan) => (
            <li key={plan.weeks}>
              <a href={`#plan-${plan.weeks}`}>
                <Translate id="guide.plan.title" values={{weeks: plan.weeks}}>{'{weeks}-week plan'}</Translate>
              </a>
            </li>
          ))}
          <li>
            <a href="#session">
              <Translate id="guide.session.title">A weekly session</Translate>
            </a>
          </li>
          <li>
            <a href="#rubrics">
              <Translate id="guide.rubrics.title">Rubrics for the exercises</Translate>
            </a>
          </li>
          <li>
            <Link to="/bootcamps/cohort/">
              <Translate id="guide.cohortLink">Follow your cohort: the cohort view</Translate>
            </Link>
          </li>
        </ul>

        <section aria-labelledby="session">
          <Heading as="h2" id="session">
            <Translate id="guide.session.title">A weekly session</Translate>
          </Heading>
          <p>
            <Translate id="guide.session.intro">
              Learners read the week's lessons and do their exercises before the session. The session, live or on a
              call, uses that work instead of repeating the lessons:
            </Translate>
          </p>
          <ol>
            <li>
              <Translate id="guide.session.checkin">
                Check-in: each learner says which checklist items they ticked and which one they are unsure about.
              </Translate>
            </li>
            <li>
              <Translate id="guide.session.review">
                Review: two or three learners show an exercise; the group grades it with the lesson's rubric and
                says what would move each criterion up a level.
              </Translate>
            </li>
            <li>
              <Translate id="guide.session.practice">
                Practice: pairs work on the part of the exercise most learners found hard, or on the week's capstone
                stage, reading the checker's output together.
              </Translate>
            </li>
            <li>
              <Translate id="guide.session.next">
                Next week: the lessons, the deliverables and the date they are due.
              </Translate>
            </li>
          </ol>
          <p>
            <Translate id="guide.session.cohort">
              At the end of each week, learners send their progress file and, from the capstone weeks on, their
              checker report; the cohort view shows them side by side.
            </Translate>
          </p>
        </section>

        {plans.map((plan) => (
          <PlanSection key={plan.weeks} plan={plan} id={`plan-${plan.weeks}`} lessons={lessons} rubrics={rubrics} />
        ))}

        <section aria-labelledby="rubrics">
          <Heading as="h2" id="rubrics">
            <Translate id="guide.rubrics.title">Rubrics for the exercises</Translate>
          </Heading>
          <p>
            <Translate id="guide.rubrics.intro">
              Each criterion says what meets the bar and, where it applies, what goes beyond it. Mark each criterion
              with a level and write one line on what is missing or what stood out. Learners do not see these
              rubrics in the lessons.
            </Translate>
          </p>
          <p>
            <Translate id="guide.rubrics.count" values={{count: withRubric, total: lessons.size}}>
              {'{count} of {total} lessons have a rubric so far.'}
            </Translate>
          </p>
          {curriculum.modules.map((module) => {
            const graded = module.lessons.filter((lesson) => rubrics[lesson.id]);
            if (graded.length === 0) return null;
            return (
              <section key={module.id} aria-labelledby={`rubrics-${module.id}`} className={styles.rubricModule}>
                <Heading as="h3" id={`rubrics-${module.id}`}>
                  {module.title}
                </Heading>
                {graded.map((lesson) => {
                  const rubric = rubrics[lesson.id]!;
                  return (
                    <div key={lesson.id} className={styles.rubric}>
                      <Heading as="h4" id={rubricAnchor(lesson.id)}>
                        <Link to={lesson.permalink}>{lesson.title}</Link>
                      </Heading>
                      <p>
                        <strong>
                          <Translate id="guide.rubric.expected">Expected outcome:</Translate>
                        </strong>{' '}
                        {rubric.expectedOutcome}
                      </p>
                      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={translate({id: 'guide.rubric.table', message: 'Rubric of {lesson}'}, {lesson: lesson.title})}>
                        <table>
                          <thead>
                            <tr>
                              <th scope="col">
                                <Translate id="guide.rubric.criterion">Meets the bar when</Translate>
                              </th>
                              <th scope="col">
                                <Translate id="guide.rubric.beyondColumn">Beyond the bar</Translate>
                              </th>
                              <th scope="col">
                                <Translate id="guide.rubric.level">Level</Translate>
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {rubric.criteria.map((criterion, index) => (
                              <tr key={index}>
                                <td>{criterion.meets}</td>
                                <td>{criterion.beyond ?? ''}</td>
                                <td className={styles.levels}>{rubric.levels.map(levelLabel).join(' · ')}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </div>
                  );
                })}
              </section>
            );
          })}
        </section>
      </main>
    </Layout>
  );
}
