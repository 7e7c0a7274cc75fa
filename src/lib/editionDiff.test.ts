import {describe, expect, it} from 'vitest';
import {diffEditions, textSimilarity, type LessonSnapshot} from './editionDiff';

const text = 'An idempotency key lets a client retry a request safely because the server stores the first result and replays it';
const lesson = (id: string, title: string, body = text): LessonSnapshot => ({id, title, permalink: `/docs/${id}/`, text: body});

describe('edition diff', () => {
  it('scores identical text 1 and unrelated text near 0', () => {
    expect(textSimilarity(text, text)).toBe(1);
    expect(textSimilarity(text, 'Salary benchmarks are forecasts and never a promise of what anyone is paid')).toBeLessThan(0.05);
  });

  it('finds added, removed, renamed and substantially revised lessons', () => {
    const previous = [lesson('a', 'A'), lesson('b', 'B'), lesson('c', 'C'), lesson('gone', 'Gone')];
    const next = [
      lesson('a', 'A'),
      lesson('b', 'B, renamed'),
      lesson('c', 'C', 'A completely new explanation of cursor pagination with keyset queries and stable sort orders'),
      lesson('new', 'New'),
    ];
    const changes = diffEditions(previous, next);
    expect(changes.added.map((l) => l.id)).toEqual(['new']);
    expect(changes.removed.map((l) => l.id)).toEqual(['gone']);
    expect(changes.renamed.map((r) => [r.before.title, r.after.title])).toEqual([['B', 'B, renamed']]);
    expect(changes.revised.map((r) => r.lesson.id)).toEqual(['c']);
  });

  it('does not call a small edit a substantial revision', () => {
    const long = Array.from({length: 300}, (_, i) => `word${i}`).join(' ');
    const edited = long.replace('word150', 'word150 with a clarified phrase');
    expect(diffEditions([lesson('a', 'A', long)], [lesson('a', 'A', edited)]).revised).toEqual([]);
  });

  it('lists every lesson as added for a first edition', () => {
    expect(diffEditions([], [lesson('a', 'A')]).added).toHaveLength(1);
  });
});
