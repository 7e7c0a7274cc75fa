import React, {Children, isValidElement, useEffect, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {editionSlug} from '@site/src/lib/curriculum';
import {rememberEdition} from '@site/src/lib/last-edition';
import {progressStore} from '@site/src/lib/progress-store';
import {useProgress} from '@site/src/lib/useProgress';
import StorageNotice from '@site/src/components/StorageNotice';
import styles from './styles.module.css';

type ItemProps = {id: string; children: ReactNode};

/**
 * One checklist item: a native checkbox and its label. Rendered on the server unticked, so the list is
 * readable and printable without JavaScript; ticks appear after hydration.
 */
export function ChecklistItem({id, children}: ItemProps): ReactNode {
  const {record} = useProgress();
  const inputId = `checklist-${id}`;
  return (
    <li className={styles.item}>
      <input
        type="checkbox"
        id={inputId}
        className={styles.checkbox}
        checked={id in record.ticks}
        onChange={(event) => progressStore.setTicked(id, event.target.checked)}
      />
      <label htmlFor={inputId}>{children}</label>
    </li>
  );
}

/** The checklist that ends a lesson. Its items come from the task list in the MDX (remark-checklist). */
export function Checklist({children}: {children: ReactNode}): ReactNode {
  const {record, status} = useProgress();
  const {version} = useDocsVersion();
  useEffect(() => rememberEdition(editionSlug(version)), [version]);
  const ids = Children.toArray(children).flatMap((child) =>
    isValidElement<ItemProps>(child) && typeof child.props.id === 'string' ? [child.props.id] : [],
  );
  const done = ids.filter((id) => id in record.ticks).length;
  const count =
    status === 'loading'
      ? translate({id: 'checklist.count.static', message: '{total} items'}, {total: ids.length})
      : translate({id: 'checklist.count', message: '{done} of {total} done'}, {done, total: ids.length});
  return (
    <div className={styles.checklist}>
      <ul className={styles.items}>{children}</ul>
      <p className={styles.count} role="status">
        {count}
      </p>
      <StorageNotice status={status} />
    </div>
  );
}

export default Checklist;
