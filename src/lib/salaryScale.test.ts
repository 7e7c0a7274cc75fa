import {describe, expect, it} from 'vitest';
import {axisFraction, MAX_AMOUNT, mayBeMonthly, MIN_AMOUNT, niceAxis, parseAmount, placeInRange, showWhileTyping} from './salaryScale';

describe('parseAmount', () => {
  it.each([
    ['65000', 65000],
    ['  65000  ', 65000],
    ['65,000', 65000],
    ['65.000', 65000],
    ['65 000', 65000],
    ['65\u00a0000', 65000],
    ["65'000", 65000],
    ['1,000,000', 1000000],
    ['1.000.000', 1000000],
    ['$65,000', 65000],
    ['US$ 65.000', 65000],
    ['USD 65000', 65000],
    ['65000 USD', 65000],
    ['65k', 65000],
    ['65 K', 65000],
    ['1000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({kind: 'value', value});
  });

  it('treats blank input as empty, not as an error', () => {
    expect(parseAmount('')).toEqual({kind: 'empty'});
    expect(parseAmount('   ')).toEqual({kind: 'empty'});
  });

  it.each([
    ['-65000', 'negative'],
    ['−65000', 'negative'],
    ['-', 'negative'],
    ['$-5,000', 'negative'],
    ['abc', 'notNumber'],
    ['65000abc', 'notNumber'],
    ['1e5', 'notNumber'],
    ['$', 'notNumber'],
    [',', 'notNumber'],
    ['65,00', 'format'],
    ['65,', 'format'],
    ['65000.50', 'format'],
    ['65,5', 'format'],
    ['6,5000', 'format'],
    ['65,000.000', 'format'],
    ['65.000,000', 'format'],
    ['65.5k', 'format'],
    ['0', 'tooSmall'],
    ['999', 'tooSmall'],
    ['6', 'tooSmall'],
    ['1000001', 'tooLarge'],
    ['5,000,000', 'tooLarge'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(parseAmount(text)).toEqual({kind: 'invalid', reason});
  });

  it('keeps the bounds it documents', () => {
    expect(parseAmount(String(MIN_AMOUNT))).toEqual({kind: 'value', value: MIN_AMOUNT});
    expect(parseAmount(String(MAX_AMOUNT))).toEqual({kind: 'value', value: MAX_AMOUNT});
  });
});

describe('showWhileTyping', () => {
  it('waits for the learner on problems that more typing can fix', () => {
    expect(showWhileTyping('format')).toBe(false);
    expect(showWhileTyping('tooSmall')).toBe(false);
    expect(showWhileTyping('negative')).toBe(true);
    expect(showWhileTyping('notNumber')).toBe(true);
    expect(showWhileTyping('tooLarge')).toBe(true);
  });
});

describe('mayBeMonthly', () => {
  it('flags small yearly amounts only', () => {
    expect(mayBeMonthly(6000)).toBe(true);
    expect(mayBeMonthly(14_999)).toBe(true);
    expect(mayBeMonthly(15_000)).toBe(false);
    expect(mayBeMonthly(65_000)).toBe(false);
  });
});

describe('placeInRange', () => {
  const brazil = {min: 71000, max: 105000};

  it('places a value below the range with its distance to the low end', () => {
    expect(placeInRange(65000, brazil)).toEqual({kind: 'below', gap: 6000});
  });

  it('places a value above the range with its distance to the top end', () => {
    expect(placeInRange(120000, brazil)).toEqual({kind: 'above', gap: 15000});
  });

  it('names the ends exactly', () => {
    expect(placeInRange(71000, brazil)).toEqual({kind: 'inside', position: 0, part: 'lowEnd'});
    expect(placeInRange(105000, brazil)).toEqual({kind: 'inside', position: 1, part: 'topEnd'});
  });

  it('splits the inside into thirds by position p = (O − L) / (H − L)', () => {
    expect(placeInRange(80000, brazil)).toMatchObject({kind: 'inside', part: 'lowerThird'});
    expect(placeInRange(88000, brazil)).toEqual({kind: 'inside', position: 0.5, part: 'middleThird'});
    expect(placeInRange(100000, brazil)).toMatchObject({kind: 'inside', part: 'upperThird'});
    // Argentina 55,000–82,000: 65,000 is at 10/27 ≈ 0.37
    expect(placeInRange(65000, {min: 55000, max: 82000})).toMatchObject({part: 'middleThird'});
  });

  it('does not divide by zero on a one-point range', () => {
    expect(placeInRange(5, {min: 5, max: 5})).toEqual({kind: 'inside', position: 0, part: 'lowEnd'});
  });
});

describe('niceAxis', () => {
  it('covers the three benchmark ranges with five round ticks', () => {
    expect(niceAxis([55000, 105000, 71000, 82000])).toEqual({
      min: 40000,
      max: 120000,
      ticks: [40000, 60000, 80000, 100000, 120000],
    });
  });

  it('stretches to include a value outside the ranges and stays within the tick budget', () => {
    for (const value of [MIN_AMOUNT, 6500, 30000, 150000, 400000, MAX_AMOUNT]) {
      const axis = niceAxis([55000, 105000, value]);
      expect(axis.min).toBeLessThanOrEqual(Math.min(55000, value));
      expect(axis.max).toBeGreaterThanOrEqual(Math.max(105000, value));
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(6);
      expect(axis.ticks[0]).toBe(axis.min);
      expect(axis.ticks.at(-1)).toBe(axis.max);
    }
    expect(niceAxis([55000, 105000, MAX_AMOUNT]).ticks).toEqual([0, 200000, 400000, 600000, 800000, 1000000]);
  });

  it('handles a single value', () => {
    const axis = niceAxis([50000]);
    expect(axis.min).toBeLessThan(50000);
    expect(axis.max).toBeGreaterThan(50000);
  });

  it('maps values to fractions of the axis', () => {
    const axis = niceAxis([55000, 105000]);
    expect(axisFraction(40000, axis)).toBe(0);
    expect(axisFraction(120000, axis)).toBe(1);
    expect(axisFraction(80000, axis)).toBe(0.5);
  });
});
