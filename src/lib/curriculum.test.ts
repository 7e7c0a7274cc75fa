import {describe, expect, it} from 'vitest';
import {withSuccessors} from './curriculum';

describe('ticks of retired checklist items', () => {
  const retired = {'api-old-item': {reason: 'merged', successor: 'api-new-item'}, 'api-gone': {reason: 'dropped'}};

  it('count for their successor, and are never dropped', () => {
    const ticks = {'api-old-item': '2026-01-01T00:00:00.000Z', 'api-gone': '2026-01-02T00:00:00.000Z'};
    expect(withSuccessors(ticks, retired)).toEqual({...ticks, 'api-new-item': '2026-01-01T00:00:00.000Z'});
  });

  it('keep a later tick of the successor itself', () => {
    const ticks = {'api-old-item': '2026-01-01T00:00:00.000Z', 'api-new-item': '2026-03-01T00:00:00.000Z'};
    expect(withSuccessors(ticks, retired)['api-new-item']).toBe('2026-03-01T00:00:00.000Z');
  });
});
