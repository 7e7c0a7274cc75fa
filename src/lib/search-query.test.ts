import {describe, expect, it} from 'vitest';
import {searchWithQuery} from './search-query';

describe('searchWithQuery', () => {
  it('leaves an address that already has the query alone', () => {
    expect(searchWithQuery('?q=idempotency', 'idempotency')).toBeNull();
    expect(searchWithQuery('', '')).toBeNull();
    expect(searchWithQuery('?ctx=docs', '')).toBeNull();
  });

  it('sets, replaces and removes the query, keeping the other parameters', () => {
    expect(searchWithQuery('', 'cursor pagination')).toBe('q=cursor+pagination');
    expect(searchWithQuery('?q=old&ctx=docs', 'new')).toBe('q=new&ctx=docs');
    expect(searchWithQuery('?q=old&ctx=docs', '')).toBe('ctx=docs');
  });
});
