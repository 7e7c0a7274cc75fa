/**
 * What changed between two editions of the path, lesson by lesson. A lesson is identified by its doc id
 * (its permanent URL); titles and text may change. Pure: the curriculum plugin feeds it both editions.
 */
export type LessonSnapshot = {id: string; title: string; permalink: string; text: string};

export type EditionChanges = {
  added: LessonSnapshot[];
  removed: LessonSnapshot[];
  renamed: {before: LessonSnapshot; after: LessonSnapshot}[];
  revised: {lesson: LessonSnapshot; similarity: number}[];
};

/** Below this share of shared word triples a lesson counts as substantially revised. */
export const REVISION_THRESHOLD = 0.8;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** Jaccard similarity of word triples: 1 for the same text, near 0 for unrelated texts. */
export function textSimilarity(a: string, b: string): number {
  const [x, y] = [shingles(a), shingles(b)];
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

export function diffEditions(previous: LessonSnapshot[], next: LessonSnapshot[]): EditionChanges {
  const before = new Map(previous.map((lesson) => [lesson.id, lesson]));
  const after = new Map(next.map((lesson) => [lesson.id, lesson]));
  const changes: EditionChanges = {added: [], removed: [], renamed: [], revised: []};
  for (const lesson of next) {
    const old = before.get(lesson.id);
    if (!old) {
      changes.added.push(lesson);
      continue;
    }
    if (old.title !== lesson.title) changes.renamed.push({before: old, after: lesson});
    const similarity = textSimilarity(old.text, lesson.text);
    if (similarity < REVISION_THRESHOLD) changes.revised.push({lesson, similarity: Math.round(similarity * 100) / 100});
  }
  for (const lesson of previous) if (!after.has(lesson.id)) changes.removed.push(lesson);
  return changes;
}
