import {describe, expect, it} from 'vitest';
import {citation, sources, type DataSource} from './sources';

describe('data sources', () => {
  it.each(Object.entries(sources))('%s names title, publisher and year', (_key, source: DataSource) => {
    expect(source.name.trim()).not.toBe('');
    expect(source.publisher.trim()).not.toBe('');
    expect(source.year === 'n.d.' || (Number.isInteger(source.year) && source.year >= 1990)).toBe(true);
    if (source.url) expect(source.url).toMatch(/^https:\/\//);
  });

  it('formats a citation without repeating the year', () => {
    expect(citation('parallelStaffLatamSalaries2026')).toBe('ParallelStaff, LATAM salary breakdown, 2026');
  });
});
