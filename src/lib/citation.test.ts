import {describe, expect, it} from 'vitest';
import {citationTail} from './citation';

describe('citationTail', () => {
  it('joins publisher and year after the title, with one full stop', () => {
    expect(citationTail({title: 'RFC 9457', publisher: 'IETF', year: 2023}, 'n.d.')).toBe('. IETF, 2023.');
  });

  it('writes an undated source in the reader\'s language, without a second full stop', () => {
    const source = {title: 'Backend Software Developer: A Guide for LATAM Talent', publisher: 'LatoJobs', year: 'n.d.'} as const;
    expect(citationTail(source, 'n.d.')).toBe('. LatoJobs, n.d.');
    expect(citationTail(source, 's. f.')).toBe('. LatoJobs, s. f.');
    expect(citationTail(source, 's.d.')).toBe('. LatoJobs, s.d.');
  });

  it('adds no full stop after a title that ends a sentence', () => {
    expect(citationTail({title: 'Is it done yet?', publisher: 'ACM', year: 2020}, 'n.d.')).toBe(' ACM, 2020.');
    expect(citationTail({title: 'Site Reliability Engineering.', publisher: "O'Reilly", year: 2016}, 'n.d.')).toBe(" O'Reilly, 2016.");
  });
});
