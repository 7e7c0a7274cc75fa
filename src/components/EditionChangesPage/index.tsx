import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {EditionInfo} from '@site/src/lib/curriculum';

type LessonRef = {id: string; title: string; permalink: string};
type Changes = {
  edition: EditionInfo;
  previous: EditionInfo | null;
  added: LessonRef[];
  removed: LessonRef[];
  renamed: {before: LessonRef; after: LessonRef}[];
  revised: (LessonRef & {similarity: number})[];
};

function LessonList({lessons, link = true}: {lessons: LessonRef[]; link?: boolean}): ReactNode {
  return (
    <ul>
      {lessons.map((lesson) => (
        <li key={lesson.id}>{link ? <Link to={lesson.permalink}>{lesson.title}</Link> : lesson.title}</li>
      ))}
    </ul>
  );
}

/** "What changed" in one edition, computed at build time from this edition and the one before it. */
export default function EditionChangesPage({changes}: {changes: Changes}): ReactNode {
  const {edition, previous, added, removed, renamed, revised} = changes;
  const title = translate({id: 'editions.title', message: 'What changed in {edition}'}, {edition: edition.label});
  const nothing = added.length + removed.length + renamed.length + revised.length === 0;
  return (
    <Layout title={title} description={translate({id: 'editions.description', message: 'Lessons added, removed, renamed and revised in this edition of LATAM Backend Path.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {previous ? (
            <Translate id="editions.compared" values={{previous: previous.label}}>{'Compared with edition {previous}.'}</Translate>
          ) : (
            <Translate id="editions.first">This is the first edition: every lesson is new.</Translate>
          )}{' '}
          <Translate id="editions.how">
            Lessons are matched by their address; a lesson counts as substantially revised when less than 80% of its
            text is unchanged.
          </Translate>
        </p>
        {nothing && (
          <p>
            <Translate id="editions.nothing">No lesson was added, removed, renamed or substantially revised.</Translate>
          </p>
        )}
        {added.length > 0 && (
          <section aria-labelledby="added">
            <Heading as="h2" id="added">
              <Translate id="editions.added" values={{count: added.length}}>{'Added ({count})'}</Translate>
            </Heading>
            <LessonList lessons={added} />
          </section>
        )}
        {removed.length > 0 && (
          <section aria-labelledby="removed">
            <Heading as="h2" id="removed">
              <Translate id="editions.removed" values={{count: removed.length}}>{'Removed ({count})'}</Translate>
            </Heading>
            <LessonList lessons={removed} link={false} />
          </section>
        )}
        {renamed.length > 0 && (
          <section aria-labelledby="renamed">
            <Heading as="h2" id="renamed">
              <Translate id="editions.renamed" values={{count: renamed.length}}>{'Renamed ({count})'}</Translate>
            </Heading>
            <ul>
              {renamed.map(({before, after}) => (
                <li key={after.id}>
                  {before.title} → <Link to={after.permalink}>{after.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {revised.length > 0 && (
          <section aria-labelledby="revised">
            <Heading as="h2" id="revised">
              <Translate id="editions.revised" values={{count: revised.length}}>{'Substantially revised ({count})'}</Translate>
            </Heading>
            <LessonList lessons={revised} />
          </section>
        )}
      </main>
    </Layout>
  );
}
