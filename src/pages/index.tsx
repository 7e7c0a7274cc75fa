import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {CurriculumSummary} from '@site/src/lib/curriculum';
import ContinueReading from '@site/src/components/ContinueReading';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const {totals, modules} = usePluginData('curriculum') as CurriculumSummary;
  const firstModule = modules[0];
  return (
    <Layout
      description={translate({
        id: 'home.description',
        message:
          'A free, open learning path for backend developers in Latin America aiming at remote roles with U.S. and European teams.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            LATAM Backend Path
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              A free, open learning path for backend developers in Latin America who already ship APIs and want
              to be hired into remote roles with U.S. and European teams.
            </Translate>
          </p>
          <ul className={styles.facts} aria-label={translate({id: 'home.facts.label', message: 'The path at a glance'})}>
            <li>
              <Translate id="home.facts.modules" values={{count: totals.modules}}>{'{count} modules'}</Translate>
            </li>
            <li>
              <Translate id="home.facts.lessons" values={{count: totals.lessons}}>{'{count} lessons'}</Translate>
            </li>
            <li>
              <Translate id="home.facts.hours" values={{hours: totals.hours}}>
                {'about {hours} hours of reading and exercises'}
              </Translate>
            </li>
            <li>
              <Translate id="home.facts.free">free, no account</Translate>
            </li>
          </ul>
          <div className={styles.actions}>
            {firstModule && <ContinueReading startHref={firstModule.permalink} className={styles.continue} />}
            <Link className="button button--secondary button--lg" to="/progress/">
              <Translate id="home.cta.progress">My progress</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="who">
          <Heading as="h2" id="who">
            <Translate id="home.who.title">Who it is for</Translate>
          </Heading>
          <ul className={styles.who}>
            <li>
              <Translate id="home.who.developers">
                Backend developers in Brazil, Mexico, Argentina, Colombia, Chile, Peru and the rest of the region
                who build APIs today.
              </Translate>
            </li>
            <li>
              <Translate id="home.who.goal">
                People who want to work with distributed teams in the U.S., Canada or Europe, in English.
              </Translate>
            </li>
            <li>
              <Translate id="home.who.bootcamps">
                Bootcamps and study groups that need a syllabus with stable links and an edition they can pin.
              </Translate>
            </li>
          </ul>
        </section>
        <section aria-labelledby="modules">
          <Heading as="h2" id="modules">
            <Translate id="home.modules.title">The modules</Translate>
          </Heading>
          <ol className={styles.modules}>
            {modules.map((module) => (
              <li key={module.id} className={styles.module}>
                <Heading as="h3" className={styles.moduleTitle}>
                  <Link to={module.permalink}>{module.title}</Link>
                </Heading>
                <p>
                  <Translate
                    id="home.module.meta"
                    values={{lessons: module.lessons, hours: module.hours}}>
                    {'{lessons} lessons · about {hours} h'}
                  </Translate>
                </p>
              </li>
            ))}
          </ol>
        </section>
      </main>
    </Layout>
  );
}
