import React, {startTransition, useEffect, useRef, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {progressStore} from '@site/src/lib/progress-store';
import {sectionReached} from '@site/src/lib/reading-place';
import {useProgress} from '@site/src/lib/useProgress';
import styles from './styles.module.css';

type Props = {lesson: string; title: string; permalink: string};

/** How long scrolling must pause before the section reached is measured and saved. */
const SCROLL_SETTLE_MS = 400;

/** The lesson's headings that can be linked to, with their distance from the top of the window. */
function headingPositions(): {id: string; top: number}[] {
  return Array.from(document.querySelectorAll<HTMLElement>('article .markdown :is(h2, h3)[id]'), (heading) => ({
    id: heading.id,
    top: heading.getBoundingClientRect().top,
  }));
}

/** The heading the address points at, when the lesson was opened at one. */
function headingInAddress(): string | undefined {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id && document.getElementById(id)?.matches('article .markdown :is(h2, h3)') ? id : undefined;
}

/**
 * The end of a lesson: a "lesson read" box, ticked on its own when the learner scrolls this far, or by
 * hand. While the lesson is open it also keeps, in the progress store, this lesson and the last heading
 * scrolled past, for "Continue" on the home and progress pages. Nothing is measured while the page
 * hydrates: the first save waits for a task of its own, and later ones for scrolling to pause.
 */
export default function LessonProgress({lesson, title, permalink}: Props): ReactNode {
  const {record} = useProgress();
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const end = useRef<HTMLDivElement>(null);
  /** Set once the learner ticks or unticks the box: reaching the end then changes nothing this visit. */
  const chosenByHand = useRef(false);

  useEffect(() => {
    // In a transition: the checklists re-render with the new record in slices, not in one long task.
    const save = (section: string | undefined) =>
      startTransition(() => progressStore.setPlace(locale, {lesson, title, permalink, ...(section && {section})}));
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(settle);
      settle = setTimeout(() => save(sectionReached(headingPositions())), SCROLL_SETTLE_MS);
    };
    const onPageHide = () => {
      if (settle !== undefined) save(sectionReached(headingPositions()));
    };
    const start = setTimeout(() => {
      save(headingInAddress() ?? sectionReached(headingPositions()));
      window.addEventListener('scroll', onScroll, {passive: true});
      window.addEventListener('pagehide', onPageHide);
    }, 0);
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting) && !chosenByHand.current) progressStore.setRead(lesson, true);
          });
    if (end.current) observer?.observe(end.current);
    return () => {
      clearTimeout(start);
      clearTimeout(settle);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
      observer?.disconnect();
    };
  }, [lesson, title, permalink, locale]);

  const inputId = `lesson-read-${lesson.replace(/\W+/g, '-')}`;
  return (
    <div ref={end} className={styles.end}>
      <input
        type="checkbox"
        id={inputId}
        className={styles.checkbox}
        checked={lesson in record.read}
        onChange={(event) => {
          chosenByHand.current = true;
          progressStore.setRead(lesson, event.target.checked);
        }}
      />
      <label htmlFor={inputId}>
        <Translate id="lesson.read.label">I have read this lesson</Translate>
      </label>
      <p className={styles.help}>
        <Translate id="lesson.read.help">
          Ticked by itself when you reach this point. It counts on your progress page; untick it to read again.
        </Translate>
      </p>
    </div>
  );
}
