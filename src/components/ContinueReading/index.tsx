import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {placeHref} from '@site/src/lib/progress';
import {useProgress} from '@site/src/lib/useProgress';

type Props = {
  /** where a first-time visitor starts: the first module */
  startHref: string;
  className?: string;
};

/**
 * The main action of the home and progress pages: "Continue" to the lesson last opened in this language
 * (at the last heading scrolled past), or "Start here" for a first-time visitor. The server renders
 * "Start here"; the stored place replaces it after hydration.
 */
export default function ContinueReading({startHref, className}: Props): ReactNode {
  const {record} = useProgress();
  const {i18n} = useDocusaurusContext();
  const place = record.places[i18n.currentLocale];
  const classes = clsx('button button--primary button--lg', className);
  if (!place) {
    return (
      <Link className={classes} to={startHref}>
        <Translate id="home.cta.start">Start here</Translate>
      </Link>
    );
  }
  return (
    <Link className={classes} to={placeHref(place)} data-continue="">
      <Translate id="continue.button" values={{lesson: place.title}}>
        {'Continue: {lesson}'}
      </Translate>
    </Link>
  );
}
