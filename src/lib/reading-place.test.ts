import {describe, expect, it} from 'vitest';
import {sectionReached} from './reading-place';

describe('the section reached', () => {
  const headings = [
    {id: 'objectives', top: -900},
    {id: 'explanation', top: -20},
    {id: 'examples', top: 80},
    {id: 'exercise', top: 400},
  ];

  it('is the last heading scrolled past, counting one just under the navbar', () => {
    expect(sectionReached(headings)).toBe('examples');
    expect(sectionReached(headings, 50)).toBe('explanation');
  });

  it('is none at the top of the lesson', () => {
    expect(sectionReached([{id: 'objectives', top: 300}])).toBeUndefined();
    expect(sectionReached([])).toBeUndefined();
  });
});
