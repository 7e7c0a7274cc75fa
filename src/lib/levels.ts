/**
 * A lesson's level as learners say it in each language: the module summaries (written at build time)
 * and the line at the top of each lesson both name levels from here.
 */
import type {Level} from './frontmatter';

export const LEVEL_NAMES: Record<string, Record<Level, string>> = {
  en: {junior: 'junior', mid: 'mid', senior: 'senior'},
  es: {junior: 'junior', mid: 'semi-senior', senior: 'senior'},
  'pt-BR': {junior: 'júnior', mid: 'pleno', senior: 'sênior'},
};

/** The level's name in `locale`, English for another locale, the value itself for an unknown level. */
export const levelName = (level: string, locale: string): string =>
  (LEVEL_NAMES[locale] ?? LEVEL_NAMES.en!)[level as Level] ?? level;
