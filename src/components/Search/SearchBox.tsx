import React, {useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {BOX_RESULT_LIMIT, nextOption, normaliseQuery} from '@site/src/lib/search';
import {Excerpt} from './Excerpt';
import {everyEditionLabel, searchLabel, useStatusMessage} from './strings';
import {usePreloadSearch, useSearch} from './useSearch';
import styles from './styles.module.css';

/**
 * The navbar's search box: an editable combobox with a list of results (the ARIA 1.2 combobox pattern).
 * Focus stays in the field while the arrow keys move through the results (aria-activedescendant);
 * Enter opens the highlighted lesson at its section, or the search page with every result; Escape
 * closes the list, then clears the field. Tab reaches the "every edition" checkbox below the list.
 * Without JavaScript the field is a plain form that opens the search page.
 */
export default function SearchBox(): ReactNode {
  const id = useId();
  const listId = `${id}-list`;
  const root = useRef<HTMLDivElement>(null);
  const history = useHistory();
  const searchPage = useBaseUrl('/search/');
  const preload = usePreloadSearch();
  const statusMessage = useStatusMessage();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [everyEdition, setEveryEdition] = useState(false);
  const state = useSearch(input, everyEdition, BOX_RESULT_LIMIT);
  const query = normaliseQuery(input);
  const allResultsUrl = `${searchPage}?q=${encodeURIComponent(query)}`;
  const targets = [...state.hits.map((hit) => hit.url), ...(state.status === 'done' && state.total > 0 ? [allResultsUrl] : [])];
  const expanded = open && query !== '';
  const optionId = (index: number) => `${id}-option-${index}`;

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    history.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (targets.length === 0) return;
        setActive((current) => nextOption(current, targets.length, event.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const target = targets[active];
        if (target) go(target);
        else if (query) go(allResultsUrl);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (input) {
          event.preventDefault();
          setInput('');
        }
        return;
    }
  };

  // The list closes when focus leaves the box and everything that belongs to it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) {
      setOpen(false);
      setActive(-1);
    }
  };

  const message = statusMessage(state);
  return (
    <div ref={root} className={styles.box} onBlur={onBlur}>
      <form role="search" action={searchPage} method="get" onSubmit={(event) => event.preventDefault()}>
        <input
          id={id}
          type="search"
          name="q"
          className={clsx('navbar__search-input', styles.boxInput)}
          role="combobox"
          aria-label={searchLabel()}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder={translate({id: 'search.placeholder', message: 'Search'})}
          autoComplete="off"
          spellCheck={false}
          value={input}
          onFocus={() => {
            preload();
            setOpen(true);
          }}
          onChange={(event) => {
            setInput(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
      </form>
      <div className={clsx(styles.popup, !expanded && styles.hidden)}>
        <p className={styles.status} role="status">
          {expanded ? message : ''}
        </p>
        <ul id={listId} role="listbox" aria-label={searchLabel()} className={styles.options}>
          {expanded &&
            state.hits.map((hit, index) => (
              <li
                key={hit.url}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={clsx(styles.option, index === active && styles.active)}
                // Keep focus in the field; the click then opens the lesson.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(hit.url)}>
                <span className={styles.optionTitle}>{hit.title}</span>
                {hit.section && <span className={styles.optionSection}>{hit.section}</span>}
                <Excerpt parts={hit.excerpt} className={styles.optionExcerpt} />
              </li>
            ))}
          {expanded && state.status === 'done' && state.total > 0 && (
            <li
              id={optionId(state.hits.length)}
              role="option"
              aria-selected={active === state.hits.length}
              className={clsx(styles.option, styles.allResults, active === state.hits.length && styles.active)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(allResultsUrl)}>
              {translate({id: 'search.allResults', message: 'All results for “{query}”'}, {query})}
            </li>
          )}
        </ul>
        <label className={styles.editions}>
          <input type="checkbox" checked={everyEdition} onChange={(event) => setEveryEdition(event.target.checked)} />
          {everyEditionLabel()}
        </label>
      </div>
    </div>
  );
}
