import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

type Props = {
  /** The term as Spanish-speaking engineers say it. */
  es: string;
  /** The term as Brazilian engineers say it. */
  pt: string;
};

/**
 * A term's translation after the English word in a lesson: `on-call shifts <Term es="guardia" pt="plantão" />`.
 * A Spanish page shows only "(guardia)" and a Portuguese page only "(plantão)", so the tag is copied into
 * translations unchanged; the English page, read by speakers of both, shows both, each marked with its
 * language so that screen readers pronounce it.
 */
export default function Term({es, pt}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (i18n.currentLocale === 'es') return <>({es})</>;
  if (i18n.currentLocale === 'pt-BR') return <>({pt})</>;
  if (es === pt) {
    return (
      <>
        (<span lang="es">{es}</span> in Spanish and Portuguese)
      </>
    );
  }
  return (
    <>
      (<span lang="es">{es}</span> in Spanish, <span lang="pt-BR">{pt}</span> in Portuguese)
    </>
  );
}
