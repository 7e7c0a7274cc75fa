import {describe, expect, it} from 'vitest';
import {unsourcedFigures} from './figures';

const lines = (text: string) => text.split('\n');

describe('figures need a source', () => {
  it('flags an amount whose paragraph names no source', () => {
    expect(unsourcedFigures(lines('Intro.\n\nSenior engineers earn USD 90,000 a year.\n'), ['ParallelStaff'])).toEqual([
      {line: 3, figure: 'USD 90,000'},
    ]);
  });

  it('accepts an amount with its source named in the paragraph', () => {
    const text = "ParallelStaff's 2026 breakdown, a forecast,\nputs the range at USD 55,000 to 105,000.";
    expect(unsourcedFigures(lines(text), ['ParallelStaff'])).toEqual([]);
  });

  it('leaves quoted claims alone', () => {
    expect(unsourcedFigures(lines('A friend says "the range for you is USD 71,000". What is wrong?'), [])).toEqual([]);
  });

  it('accepts hypothetical inputs, and ignores code, tables and math', () => {
    const text = ['Suppose an offer of USD 60,000.', '', '```ts', 'const fee = "USD 10";', '```', '', '| USD 5 | x |', '', 'Cost $C = USD 1$ here.'].join('\n');
    expect(unsourcedFigures(lines(text), [])).toEqual([]);
  });
});
