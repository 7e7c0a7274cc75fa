/**
 * The words the search box and the search page share, translated in i18n/<locale>/code.json.
 */
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {SearchState} from './useSearch';

export const searchLabel = () => translate({id: 'search.label', message: 'Search the lessons', description: 'Accessible name of the search fields'});

export const everyEditionLabel = () =>
  translate({id: 'search.everyEdition', message: 'Include every edition', description: 'Checkbox that widens a search from the reader\'s edition to all editions'});

/** What the status line says about a search; empty before the reader types. */
export function useStatusMessage(): (state: SearchState) => string {
  const {selectMessage} = usePluralForm();
  return ({status, query, total}) => {
    switch (status) {
      case 'idle':
        return '';
      case 'searching':
        return translate({id: 'search.status.searching', message: 'Searching…'});
      case 'unavailable':
        return translate({
          id: 'search.status.offline',
          message: 'Search needs a connection to download the part of the index this query uses. Lessons you have already opened still read offline.',
          description: 'Shown when a search cannot download its index, usually because the reader is offline',
        });
      case 'done':
        return total === 0
          ? translate({id: 'search.status.none', message: 'No lesson matches “{query}”.'}, {query})
          : selectMessage(total, translate({id: 'search.status.found', message: 'One lesson found|{count} lessons found', description: 'Plural forms, separated by |'}, {count: total}));
    }
  };
}
