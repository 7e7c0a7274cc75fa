/**
 * The text of one entry of a lesson's Sources list after its title: ". Publisher, 2024." Parts are joined
 * with one full stop, also when the title ends with punctuation or the year is an abbreviation that
 * already ends with a full stop ("n.d.", "s. f.").
 */
import type {Source} from './frontmatter';

const endsSentence = (text: string): boolean => /[.?!]$/.test(text.trim());

/**
 * @param noDate how the reader's language writes "no date" (en "n.d.", es "s. f.", pt-BR "s.d.")
 */
export function citationTail(source: Pick<Source, 'title' | 'publisher' | 'year'>, noDate: string): string {
  const year = source.year === 'n.d.' ? noDate : String(source.year);
  return `${endsSentence(source.title) ? ' ' : '. '}${source.publisher}, ${year}${endsSentence(year) ? '' : '.'}`;
}
