import {describe, expect, it} from 'vitest';
import {formatHours} from './hours';

describe('formatHours', () => {
  it('rounds to the half hour', () => {
    expect(formatHours(95)).toBe('1.5');
    expect(formatHours(3165, 'es')).toBe('53');
    expect(formatHours(40)).toBe('0.5');
  });
  it("writes the decimal the locale's way", () => {
    expect(formatHours(270, 'es')).toBe('4.5');
    expect(formatHours(270, 'pt-BR')).toBe('4,5');
  });
});
